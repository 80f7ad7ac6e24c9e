package com.northwind.fieldops.tools;

import com.posthog.server.PostHogConfig;

/**
 * PostHog server SDK configurations used by the flag export tool.
 */
final class ExportConfig {

    /** Staging project used by QA devices. */
    static final String STAGING_PROJECT_KEY = "phc_AdcNKfDsCWeAgE5qA7BnwfekhLXYKQaCm3MTHYkPN9sfCikV";

    private static final int POLL_INTERVAL_SECONDS = 60;

    private ExportConfig() {
    }

    /** Normal release export: local evaluation with the personal key, quiet SDK. */
    static PostHogConfig production(String host, String projectKey, String personalKey) {
        return PostHogConfig.builder(projectKey)
                .host(host)
                .personalApiKey(personalKey)
                .pollIntervalSeconds(POLL_INTERVAL_SECONDS)
                .build();
    }

    /** --verbose: prints every SDK request so we can see why a flag did not export. */
    static PostHogConfig diagnostics(String host, String projectKey, String personalKey) {
        return PostHogConfig.builder(projectKey)
                .host(host)
                .personalApiKey(personalKey)
                .debug(true)
                .build();
    }

    /** --staging: export the QA project's flags. */
    static PostHogConfig staging(String host) {
        return PostHogConfig.builder(STAGING_PROJECT_KEY)
                .host(host)
                .personalApiKey(STAGING_PROJECT_KEY)
                .build();
    }
}
