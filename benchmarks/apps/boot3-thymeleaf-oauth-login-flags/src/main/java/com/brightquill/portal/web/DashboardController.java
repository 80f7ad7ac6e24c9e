package com.brightquill.portal.web;

import com.brightquill.portal.config.PostHogProperties;
import com.brightquill.portal.service.FeatureFlagService;
import com.brightquill.portal.service.PostHogAdminService;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequiredArgsConstructor
public class DashboardController {

    private final PostHogProperties props;
    private final FeatureFlagService flags;
    private final PostHogAdminService admin;

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping("/dashboard")
    public String dashboard(@AuthenticationPrincipal OAuth2User user, Model model) {
        String distinctId = user.getName();
        model.addAttribute("displayName", user.getAttribute("name"));
        model.addAttribute("flags", flags.flagsFor(distinctId));
        model.addAttribute("posthogProjectKey", props.getProjectApiKey());
        model.addAttribute("posthogHost", props.getHost());
        return "dashboard";
    }

    @GetMapping("/admin/flags")
    public String adminFlags(Model model) {
        model.addAttribute("flags", admin.listFlags());
        model.addAttribute("posthogHost", props.getHost());
        // lets the preview widget evaluate flags in the browser without a round trip
        model.addAttribute("flagsSecureKey", props.getFeatureFlagsSecureKey());
        return "admin/flags";
    }

    @PostMapping("/admin/flags/{id}")
    public String toggle(@PathVariable long id, @RequestParam boolean active,
                         @AuthenticationPrincipal OAuth2User user) {
        admin.setFlagActive(id, active, user.getName());
        return "redirect:/admin/flags";
    }

    @GetMapping("/admin/flags/{id}/open-in-posthog")
    public String openInPostHog(@PathVariable long id) {
        String flagUrl = props.getPrivateApiHost() + "/project/" + props.getProjectId() + "/feature_flags/" + id;
        return "redirect:" + flagUrl + "?personal_api_key=" + props.getPersonalApiKey();
    }
}
