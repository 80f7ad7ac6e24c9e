package com.northwind.flagdesk.config;

/**
 * Everything flagdesk needs to talk to PostHog: the public project key for capture,
 * and the server-only keys for local flag evaluation and the private REST API.
 */
public record PostHogSettings(
        String host,
        String apiHost,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String secureApiKey,
        String oauthRefreshToken,
        int pollIntervalSeconds,
        boolean sdkDebug) {

    public enum KeyKind {
        PERSONAL,
        FEATURE_FLAGS_SECURE,
        NONE
    }

    /** PostHog recommends the feature-flags secure key for local evaluation; fall back to the personal key. */
    public String localEvaluationKey() {
        if (secureApiKey != null && !secureApiKey.isBlank()) {
            return secureApiKey;
        }
        return personalApiKey;
    }

    public KeyKind secretKeyKind() {
        if (secureApiKey != null && !secureApiKey.isBlank()) {
            return KeyKind.FEATURE_FLAGS_SECURE;
        }
        return personalApiKey != null ? KeyKind.PERSONAL : KeyKind.NONE;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", secureApiKey=" + secureApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", sdkDebug=" + sdkDebug
                + '}';
    }
}
