package com.northwind.flagsconsole.web;

import com.northwind.flagsconsole.config.PostHogProperties;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class ConsoleBootstrapController {

    private final PostHogProperties properties;

    public ConsoleBootstrapController(PostHogProperties properties) {
        this.properties = properties;
    }

    @GetMapping({"/", "/console"})
    public String console(Model model, Principal principal) {
        model.addAttribute("operator", principal.getName());
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("posthogProjectKey", properties.getProjectApiKey());
        model.addAttribute("localEvaluation", properties.hasPersonalApiKey());
        model.addAttribute("posthogPersonalApiKey", properties.getPersonalApiKey());
        return "console";
    }
}
