package com.northwind.cohorts.web;

import com.google.inject.Inject;
import com.northwind.cohorts.config.PostHogSettings;
import com.northwind.cohorts.posthog.FeatureFlagService;
import java.util.Map;

/**
 * Builds what the dashboard SPA needs before its first render.
 */
public class BootstrapMapper {

    public record ClientBootstrap(String posthogHost,
                                  String projectApiKey,
                                  String flagsKey,
                                  Map<String, Object> flags) {
    }

    private final PostHogSettings settings;
    private final FeatureFlagService flagService;

    @Inject
    public BootstrapMapper(PostHogSettings settings, FeatureFlagService flagService) {
        this.settings = settings;
        this.flagService = flagService;
    }

    public ClientBootstrap forUser(String distinctId) {
        // flagsKey lets posthog-js skip the /decide round trip on first paint
        return new ClientBootstrap(
                settings.getHost(),
                settings.getApiKey(),
                settings.getSecureApiKey(),
                flagService.evaluateFor(distinctId));
    }
}
