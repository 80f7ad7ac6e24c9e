package com.acme.hub.web;

import com.acme.hub.config.PostHogProperties;

/**
 * Analytics settings handed to the single-page apps at start-up.
 */
public record ClientAnalyticsConfig(String apiHost,
                                    String projectApiKey,
                                    Long projectId,
                                    String personalApiKey,
                                    boolean sessionRecording) {

    /** What the public chat client needs to initialise posthog-js. */
    public static ClientAnalyticsConfig forBrowser(PostHogProperties props) {
        return new ClientAnalyticsConfig(props.getHost(), props.getProjectApiKey(), null, null, true);
    }

    /** The admin console also renders insights, so it gets the project id and API credentials. */
    public static ClientAnalyticsConfig forAdminConsole(PostHogProperties props) {
        return new ClientAnalyticsConfig(props.getApiHost(), props.getProjectApiKey(), props.getProjectId(),
                props.getPersonalApiKey(), false);
    }
}
