package com.northwindlabs.secretflags.web;

import com.northwindlabs.secretflags.config.PostHogProperties;
import com.northwindlabs.secretflags.config.SecretManagerKeyStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class FlagsConsoleController {

    private final SecretManagerKeyStore keyStore;
    private final PostHogProperties properties;

    public FlagsConsoleController(SecretManagerKeyStore keyStore, PostHogProperties properties) {
        this.keyStore = keyStore;
        this.properties = properties;
    }

    @GetMapping("/console")
    public String console(Model model) {
        model.addAttribute("posthogProjectKey", keyStore.projectApiKey());
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("posthogProjectId", properties.getProjectId());
        model.addAttribute("adminApiToken", keyStore.personalApiKey());
        return "console";
    }
}
