package dev.shipyard.releasebot.config;

/**
 * Everything the bot needs to talk to PostHog.
 *
 * @param projectApiKey            public project token ({@code phc_...}) used for capture and flags
 * @param personalApiKey           personal API key used for the private REST API (annotations)
 * @param featureFlagsSecureApiKey project secret key for local flag evaluation
 * @param apiHost                  ingestion host, e.g. https://us.i.posthog.com
 * @param projectId                numeric project id as shown in the PostHog URL
 */
public record PostHogSettings(
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureApiKey,
        String apiHost,
        String projectId) {

    /** The private API lives on the app host, not on the ingestion host. */
    public String privateApiHost() {
        return apiHost.replace(".i.posthog.com", ".posthog.com");
    }

    public boolean canAnnotate() {
        return personalApiKey != null && !personalApiKey.isBlank() && projectId != null;
    }
}
