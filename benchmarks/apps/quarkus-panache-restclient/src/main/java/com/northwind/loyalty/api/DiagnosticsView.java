package com.northwind.loyalty.api;

import com.northwind.loyalty.config.PostHogSettings;

/**
 * What the ops dashboard shows about the PostHog integration.
 */
public record DiagnosticsView(String host,
                              String projectId,
                              String personalApiKey,
                              String featureFlagsSecureKey,
                              int knownFlags,
                              boolean debug) {

    static DiagnosticsView from(PostHogSettings settings, int knownFlags) {
        return new DiagnosticsView(settings.host(),
                settings.projectId().orElse("-"),
                settings.personalApiKey(),
                settings.featureFlagsSecureKey(),
                knownFlags,
                settings.debug());
    }
}
