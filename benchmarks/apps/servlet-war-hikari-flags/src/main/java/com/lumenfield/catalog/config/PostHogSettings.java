package com.lumenfield.catalog.config;

import com.lumenfield.catalog.util.Secrets;

/**
 * Everything the application needs to talk to PostHog.
 */
public record PostHogSettings(
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        String host,
        String appHost,
        String projectId,
        int pollIntervalSeconds) {

    /** Which credential the server SDK uses for local evaluation. */
    public enum KeyKind {
        PROJECT_API_KEY,
        PERSONAL_API_KEY,
        FEATURE_FLAGS_SECURE_KEY
    }

    public KeyKind localEvaluationKeyKind() {
        if (featureFlagsSecureKey != null) {
            return KeyKind.FEATURE_FLAGS_SECURE_KEY;
        }
        return personalApiKey != null ? KeyKind.PERSONAL_API_KEY : KeyKind.PROJECT_API_KEY;
    }

    public String localEvaluationKey() {
        return featureFlagsSecureKey != null ? featureFlagsSecureKey : personalApiKey;
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + Secrets.mask(personalApiKey)
                + ", featureFlagsSecureKey=" + Secrets.mask(featureFlagsSecureKey)
                + ", projectId=" + projectId
                + ", pollIntervalSeconds=" + pollIntervalSeconds + '}';
    }
}
