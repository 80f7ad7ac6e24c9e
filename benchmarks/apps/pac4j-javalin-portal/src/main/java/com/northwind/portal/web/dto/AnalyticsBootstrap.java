package com.northwind.portal.web.dto;

import com.northwind.portal.config.PortalSettings;

public record AnalyticsBootstrap(
        String distinctId,
        String apiHost,
        String projectKey,
        String flagsKey,
        boolean sessionRecording) {

    public static AnalyticsBootstrap forUser(PortalSettings settings, String distinctId) {
        return new AnalyticsBootstrap(
                distinctId,
                settings.posthogHost(),
                settings.posthogProjectKey(),
                settings.featureFlagsSecureKey(),
                true);
    }
}
