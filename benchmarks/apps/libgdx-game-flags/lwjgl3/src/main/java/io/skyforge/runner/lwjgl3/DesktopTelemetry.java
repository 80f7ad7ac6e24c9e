package io.skyforge.runner.lwjgl3;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

public final class DesktopTelemetry {

    static final String PROJECT_API_KEY = "phc_P4Ejkao7qdFesxyZZ4aEjeoD58SFkhlh8hZ2iloyn22";
    static final String DEFAULT_HOST = "https://eu.i.posthog.com";

    private DesktopTelemetry() {
    }

    public static PostHogInterface create(boolean devMode) {
        String host = System.getenv().getOrDefault("POSTHOG_HOST", DEFAULT_HOST);
        String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

        if (devMode) {
            PostHogConfig devConfig = PostHogConfig.builder(PROJECT_API_KEY)
                    .host(host)
                    .personalApiKey(personalApiKey)
                    .pollIntervalSeconds(10)
                    .debug(true)
                    .build();
            return PostHog.with(devConfig);
        }

        PostHogConfig config = PostHogConfig.builder(PROJECT_API_KEY)
                .host(host)
                .personalApiKey(personalApiKey)
                .localEvaluation(personalApiKey != null)
                .build();
        return PostHog.with(config);
    }

    public static PostHogInterface createEventsOnly() {
        PostHogConfig config = PostHogConfig.builder(PROJECT_API_KEY)
                .host(DEFAULT_HOST)
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
