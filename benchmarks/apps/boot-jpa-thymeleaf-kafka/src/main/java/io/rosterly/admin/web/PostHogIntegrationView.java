package io.rosterly.admin.web;

import io.rosterly.admin.config.PostHogProperties;

/**
 * JSON shape of the PostHog integration card on the admin "Integrations" page.
 */
public record PostHogIntegrationView(
        String host,
        Long projectId,
        String projectApiKey,
        String personalApiKey,
        boolean localEvaluation) {

    static PostHogIntegrationView masked(PostHogProperties properties) {
        return new PostHogIntegrationView(
                properties.host(),
                properties.projectId(),
                properties.projectApiKeyOrDefault(),
                mask(properties.personalApiKey()),
                properties.localEvaluationConfigured());
    }

    static PostHogIntegrationView forExport(PostHogProperties properties, String personalKey) {
        return new PostHogIntegrationView(
                properties.host(),
                properties.projectId(),
                properties.projectApiKeyOrDefault(),
                personalKey,
                personalKey != null);
    }

    private static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "****";
    }
}
