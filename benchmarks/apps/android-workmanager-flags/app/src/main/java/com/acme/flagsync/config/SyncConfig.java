package com.acme.flagsync.config;

import com.acme.flagsync.BuildConfig;

/**
 * Snapshot of what a single sync run uses. Built by the worker from BuildConfig and prefs.
 */
public final class SyncConfig {

    private final String baseUrl;
    private final String projectKey;
    private final String flagsSecureKey;
    private final int pollIntervalMinutes;
    private final boolean fallbackToPostHog;

    public SyncConfig(String baseUrl, String projectKey, String flagsSecureKey,
                      int pollIntervalMinutes, boolean fallbackToPostHog) {
        this.baseUrl = baseUrl;
        this.projectKey = projectKey;
        this.flagsSecureKey = flagsSecureKey;
        this.pollIntervalMinutes = pollIntervalMinutes;
        this.fallbackToPostHog = fallbackToPostHog;
    }

    public static SyncConfig fromBuildConfig(int pollIntervalMinutes) {
        return new SyncConfig(
                BuildConfig.FLAGSYNC_BASE_URL,
                BuildConfig.POSTHOG_PROJECT_KEY,
                BuildConfig.POSTHOG_FLAGS_SECURE_KEY,
                pollIntervalMinutes,
                true);
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public int getPollIntervalMinutes() {
        return pollIntervalMinutes;
    }

    public boolean isFallbackToPostHog() {
        return fallbackToPostHog;
    }

    @Override
    public String toString() {
        return "SyncConfig{baseUrl='" + baseUrl + '\''
                + ", projectKey='" + projectKey + '\''
                + ", flagsSecureKey='" + flagsSecureKey + '\''
                + ", pollIntervalMinutes=" + pollIntervalMinutes
                + ", fallbackToPostHog=" + fallbackToPostHog
                + '}';
    }
}
