package com.northwind.flags.web;

import com.northwind.flags.config.PostHogProperties;

/**
 * What the settings panel of the admin UI shows about the PostHog connection.
 */
public record SettingsView(String host, long projectId, String projectApiKey, String personalApiKey,
                           int pollIntervalSeconds, boolean debug) {

    public static SettingsView from(PostHogProperties properties) {
        return new SettingsView(properties.host(), properties.projectId(), properties.projectApiKey(),
                properties.personalApiKey(), properties.pollIntervalSeconds(), properties.debug());
    }
}
