package com.fernhill.auditportal.web;

import com.fernhill.auditportal.config.PostHogProperties;
import com.fernhill.auditportal.posthog.PostHogAdminClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/settings")
public class AdminSettingsController {

    private final PostHogProperties props;
    private final PostHogAdminClient adminClient;

    public AdminSettingsController(PostHogProperties props, PostHogAdminClient adminClient) {
        this.props = props;
        this.adminClient = adminClient;
    }

    @GetMapping
    public String settings(Model model, @AuthenticationPrincipal UserDetails user) {
        model.addAttribute("user", user.getUsername());
        model.addAttribute("posthogProjectKey", props.apiKey());
        model.addAttribute("posthogHost", props.host());
        model.addAttribute("personalKeyHint", PostHogProperties.mask(props.personalApiKey()));
        model.addAttribute("flagsSecureKey", props.secretKey());
        model.addAttribute("flags", adminClient.listFeatureFlags());
        return "admin/settings";
    }
}
