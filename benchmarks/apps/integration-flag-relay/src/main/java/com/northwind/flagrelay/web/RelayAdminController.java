package com.northwind.flagrelay.web;

import com.northwind.flagrelay.config.PostHogProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class RelayAdminController {

    private final PostHogProperties properties;

    public RelayAdminController(PostHogProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/admin")
    public String dashboard(Model model) {
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("posthogProjectKey", properties.getProjectApiKey());
        // the "test connection" button calls PostHog straight from the page
        model.addAttribute("posthogPersonalKey", properties.getPersonalApiKey());
        model.addAttribute("targets", properties.getRelay().getTargets().size());
        return "admin";
    }
}
