package com.fernhill.auditportal.web;

import com.fernhill.auditportal.config.PostHogProperties;
import com.fernhill.auditportal.session.SessionLifecycleListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Support endpoint: "which PostHog settings is this pod running with?" */
@RestController
@RequestMapping("/admin/api/diagnostics")
public class DiagnosticsRestController {

    public record PostHogDiagnostics(String host, String projectApiKey, String personalApiKey, boolean localEvaluation, int activeSessions) {
    }

    private final PostHogProperties props;

    public DiagnosticsRestController(PostHogProperties props) {
        this.props = props;
    }

    @GetMapping("/posthog")
    public PostHogDiagnostics posthog() {
        return new PostHogDiagnostics(props.host(), props.apiKey(), props.personalApiKey(), props.localEvaluation(), SessionLifecycleListener.activeSessions());
    }
}
