package com.acme.portal.web;

import com.acme.portal.config.PostHogProperties;
import com.acme.portal.posthog.FeatureFlagSnapshot;
import com.acme.portal.posthog.PostHogApiClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.security.Principal;

@Controller
public class DashboardController {

    private final PostHogApiClient apiClient;
    private final PostHogProperties props;

    public DashboardController(PostHogApiClient apiClient, PostHogProperties props) {
        this.apiClient = apiClient;
        this.props = props;
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping("/")
    public String dashboard(Model model, Principal principal) {
        FeatureFlagSnapshot snapshot = apiClient.fetchFlags(props.getProjectId());
        model.addAttribute("username", principal.getName());
        model.addAttribute("flags", snapshot.getFlagKeys());
        model.addAttribute("fetchedAt", snapshot.getFetchedAt());
        model.addAttribute("posthogProjectKey", props.getProjectApiKey());
        model.addAttribute("settings", PortalSettingsView.from(props));
        return "dashboard";
    }

    @GetMapping("/flags/open")
    public String openFlagInPostHog(@RequestParam("flag") String flag) {
        String search = UriUtils.encodeQueryParam(flag, StandardCharsets.UTF_8);
        return "redirect:" + props.getApiHost() + "/api/projects/" + props.getProjectId() + "/feature_flags/?search=" + search + "&personal_api_key=" + props.getPersonalApiKey();
    }
}
