package io.northwind.flagportal.posthog;

import io.northwind.flagportal.config.PortalSettings;

/** The three PostHog keys the portal works with, resolved once at start-up. */
public record PostHogCredentials(String projectApiKey, String personalApiKey, String secretKey) {

    public static PostHogCredentials from(PortalSettings settings) {
        return new PostHogCredentials(
                settings.getProjectApiKey(),
                settings.getPersonalApiKey(),
                settings.getPostHogSecretKey());
    }

    public boolean canEvaluateLocally() {
        return personalApiKey != null || secretKey != null;
    }
}
