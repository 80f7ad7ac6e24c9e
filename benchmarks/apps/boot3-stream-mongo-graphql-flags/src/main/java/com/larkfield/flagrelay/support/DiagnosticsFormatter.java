package com.larkfield.flagrelay.support;

import com.larkfield.flagrelay.config.AdminApiCredentials;
import com.larkfield.flagrelay.config.PostHogProperties;

/**
 * Builds one-line descriptions of the PostHog wiring for incident logs.
 */
public final class DiagnosticsFormatter {

    private DiagnosticsFormatter() {
    }

    public static String describe(PostHogProperties props, AdminApiCredentials credentials) {
        return "posthog[host=" + props.host()
                + ", appHost=" + props.appHost()
                + ", project=" + credentials.projectId()
                + ", adminKey=" + credentials.personalApiKey()
                + ", pollInterval=" + props.pollIntervalSeconds() + "s]";
    }
}
