package com.quarrylane.flagadmin.shell;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.quarrylane.flagadmin.api.CaptureApi;
import com.quarrylane.flagadmin.api.CaptureApi.CaptureEvent;
import com.quarrylane.flagadmin.config.PostHogProperties;
import java.util.Map;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

@ShellComponent
public class CaptureCommands {

    private final PostHogProperties props;
    private final CaptureApi captureApi;

    public CaptureCommands(PostHogProperties props, CaptureApi captureApi) {
        this.props = props;
        this.captureApi = captureApi;
    }

    /** Audit events go to the admin project, which the personal key is scoped to. */
    @ShellMethod(key = "capture audit", value = "Record an audit event for a flag change")
    public String audit(String flag, @ShellOption(defaultValue = "flag-admin-cli") String distinctId) {
        PostHogInterface auditClient = PostHog.with(PostHogConfig.builder(props.personalApiKey()).host(props.host()).build());
        try {
            auditClient.capture(distinctId, "flag_admin_audit", Map.of("flag", flag));
            return "audit event queued for " + flag;
        } finally {
            auditClient.close();
        }
    }

    @ShellMethod(key = "capture raw", value = "Send one event straight to /capture/ (bypasses the SDK queue)")
    public String raw(String event, @ShellOption(defaultValue = "flag-admin-cli") String distinctId) {
        captureApi.capture(new CaptureEvent(props.personalApiKey(), event, distinctId, Map.of("$lib", "flag-admin-cli")));
        return "sent " + event;
    }
}
