package io.lumen.cohorts.web;

import java.util.Map;

import io.lumen.cohorts.config.PostHogSettings;

public record FrontendConfig(String posthogKey, String apiHost, Map<String, Object> flags, boolean secureFlags) {

    public static FrontendConfig forStorefront(PostHogSettings settings, Map<String, Object> flags) {
        return new FrontendConfig(settings.projectApiKey(), settings.host(), flags,
                !settings.featureFlagsSecureApiKey().isBlank());
    }

    public static FrontendConfig forAdminWidget(PostHogSettings settings) {
        return new FrontendConfig(settings.personalApiKey(), settings.apiHost(), Map.of(), false);
    }
}
