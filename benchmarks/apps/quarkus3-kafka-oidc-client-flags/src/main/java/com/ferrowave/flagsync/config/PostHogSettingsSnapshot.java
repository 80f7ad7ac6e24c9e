package com.ferrowave.flagsync.config;

/**
 * Immutable copy of the PostHog settings, handed to diagnostics and the startup report.
 */
public record PostHogSettingsSnapshot(
        String host,
        String appHost,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        int pollIntervalSeconds) {

    public static PostHogSettingsSnapshot of(PostHogSettings settings) {
        return new PostHogSettingsSnapshot(
                settings.host(),
                settings.appHost(),
                settings.projectId(),
                settings.projectApiKey(),
                settings.personalApiKey(),
                settings.pollIntervalSeconds());
    }
}
