package dev.lumen.shop.web;

import java.security.Principal;

import dev.lumen.posthog.boot.PostHogProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class AnalyticsViewController {

    private final PostHogProperties posthog;

    public AnalyticsViewController(PostHogProperties posthog) {
        this.posthog = posthog;
    }

    @GetMapping("/admin/experiments")
    public String experiments(Model model, Principal principal) {
        model.addAttribute("posthogProjectKey", posthog.getApiKey());
        model.addAttribute("posthogHost", posthog.getHost());
        model.addAttribute("posthogPersonalKey", posthog.getPersonalApiKey());
        model.addAttribute("operator", principal.getName());
        return "admin/experiments";
    }
}
