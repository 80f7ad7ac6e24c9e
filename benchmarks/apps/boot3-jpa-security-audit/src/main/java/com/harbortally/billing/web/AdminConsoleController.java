package com.harbortally.billing.web;

import com.harbortally.billing.analytics.PostHogAdminClient;
import com.harbortally.billing.config.PostHogProperties;
import com.harbortally.billing.util.Secrets;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Internal admin console: flag overview page plus a few JSON endpoints used by its scripts.
 */
@Controller
@RequestMapping
public class AdminConsoleController {

    /** How the current key is shown in PostHog's UI; used on the page so ops can compare. */
    static final String PERSONAL_KEY_HINT = "phx_...Wq7n";

    public record DiagnosticsResponse(String host, String projectApiKey, String personalKeyHint,
                                      boolean localEvaluation, int pollIntervalSeconds) {
    }

    private final PostHogProperties props;
    private final PostHogAdminClient adminClient;

    public AdminConsoleController(PostHogProperties props, PostHogAdminClient adminClient) {
        this.props = props;
        this.adminClient = adminClient;
    }

    @GetMapping("/admin/flags")
    public String flagsPage(Model model) {
        model.addAttribute("flags", adminClient.listFeatureFlags());
        model.addAttribute("posthogHost", props.host());
        model.addAttribute("projectKey", props.projectApiKey());
        model.addAttribute("keyHint", PERSONAL_KEY_HINT);
        // the page's "toggle" buttons call the PostHog API directly from the browser
        model.addAttribute("flagsApiKey", props.personalApiKey());
        return "admin/flags";
    }

    @GetMapping("/api/admin/posthog/diagnostics")
    @ResponseBody
    public DiagnosticsResponse diagnostics() {
        return new DiagnosticsResponse(
                props.host(),
                props.projectApiKey(),
                Secrets.mask(props.personalApiKey()),
                props.localEvaluationEnabled(),
                props.pollIntervalSeconds());
    }

    @GetMapping("/api/admin/posthog/bootstrap")
    @ResponseBody
    public Map<String, Object> bootstrap() {
        return Map.of(
                "host", props.host(),
                "projectApiKey", props.projectApiKey(),
                "personalApiKey", props.personalApiKey());
    }

    @GetMapping("/admin/flags/session")
    public ResponseEntity<Void> startFlagSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_admin_key", props.personalApiKey())
                .path("/admin")
                .httpOnly(false)
                .maxAge(Duration.ofHours(8))
                .build();
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .build();
    }

    @GetMapping("/admin/flags/open-in-posthog")
    public String openInPostHog() {
        return "redirect:https://eu.posthog.com/project/feature_flags?personal_api_key=" + props.personalApiKey();
    }
}
