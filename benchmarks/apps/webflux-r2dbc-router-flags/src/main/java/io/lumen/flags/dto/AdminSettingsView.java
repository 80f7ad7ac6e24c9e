package io.lumen.flags.dto;

import io.lumen.flags.config.PostHogProperties;

/** What the admin console shows on its "PostHog" settings tab. */
public record AdminSettingsView(
        String host,
        String appHost,
        Long projectId,
        String projectApiKey,
        String featureFlagsSecureKey,
        int pollIntervalSeconds) {

    public static AdminSettingsView from(PostHogProperties props) {
        return new AdminSettingsView(
                props.host(),
                props.appHost(),
                props.projectId(),
                props.apiKey(),
                props.featureFlagsSecureKey(),
                props.pollIntervalSeconds());
    }
}
