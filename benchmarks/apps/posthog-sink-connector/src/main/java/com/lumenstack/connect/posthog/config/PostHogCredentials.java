package com.lumenstack.connect.posthog.config;

/**
 * Everything needed to talk to one PostHog project.
 *
 * @param projectApiKey         the public project token used for capture
 * @param personalApiKey        personal API key, used for local flag evaluation and the private API
 * @param featureFlagsSecureKey project secret key for local evaluation, preferred over the personal key
 * @param host                  ingestion host
 * @param apiHost               private API host (app host, not the ingestion one)
 * @param projectId             numeric project id for the private API
 */
public record PostHogCredentials(
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        String host,
        String apiHost,
        String projectId) {

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    /** The key the SDK should use for local evaluation, secure key first. */
    public String localEvaluationKey() {
        if (featureFlagsSecureKey != null && !featureFlagsSecureKey.isBlank()) {
            return featureFlagsSecureKey;
        }
        return hasPersonalKey() ? personalApiKey : null;
    }
}
