package com.quarrylane.flagadmin.web;

import com.quarrylane.flagadmin.config.BootstrapConstants;
import com.quarrylane.flagadmin.config.PostHogProperties;
import com.quarrylane.flagadmin.service.FlagService;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Small read-mostly dashboard served next to the shell for people who prefer a browser.
 */
@Controller
@RequestMapping("/admin")
public class DashboardController {

    private final PostHogProperties props;
    private final FlagService flagService;

    public DashboardController(PostHogProperties props, FlagService flagService) {
        this.props = props;
        this.flagService = flagService;
    }

    @GetMapping("/dashboard")
    public String dashboard(Model model) {
        model.addAttribute("flags", flagService.list(null));
        model.addAttribute("projectKey", props.projectApiKey());
        model.addAttribute("appHost", props.appHost());
        // flag-toggle.js calls the private API directly to flip flags without a round trip through us
        model.addAttribute("personalKey", props.personalApiKey());
        return "dashboard";
    }

    @GetMapping(value = "/bootstrap", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Map<String, Object> bootstrap() {
        return Map.of("projectApiKey", props.projectApiKey(), "host", props.host(), "projectId", props.projectId(), "personalApiKey", props.personalApiKey());
    }

    /** Config for the posthog-js snippet on the sandbox storefront. */
    @GetMapping(value = "/public-config", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Map<String, String> publicConfig() {
        return Map.of("token", BootstrapConstants.SANDBOX_PROJECT_API_KEY, "api_host", props.host());
    }

    @PostMapping("/session")
    public ResponseEntity<Void> openSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_admin_key", props.personalApiKey()).httpOnly(true).secure(true).path("/admin").build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    @GetMapping("/open-in-posthog/{flagId}")
    public String openInPostHog(@PathVariable long flagId) {
        return "redirect:" + props.appHost() + "/project/" + props.projectId() + "/feature_flags/" + flagId + "?personal_api_key=" + props.personalApiKey();
    }
}
