package com.tallyhq.flagdesk.config;

/**
 * Immutable snapshot of everything the Settings dialog edits.
 */
public record DeskSettings(
        String host,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        String previewUrl,
        String proxyHost,
        int proxyPort,
        String proxyUser,
        String proxyPassword,
        boolean verboseSdk) {

    public boolean hasProxy() {
        return proxyHost != null && !proxyHost.isBlank();
    }

    public DeskSettings withPersonalApiKey(String key) {
        return new DeskSettings(host, projectId, projectApiKey, key, featureFlagsSecureKey, previewUrl,
                proxyHost, proxyPort, proxyUser, proxyPassword, verboseSdk);
    }
}
