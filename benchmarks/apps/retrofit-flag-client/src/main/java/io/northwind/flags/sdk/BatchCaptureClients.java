package io.northwind.flags.sdk;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * PostHog clients for the nightly batch jobs, which run outside the Dagger graph and read
 * their settings straight from the container environment.
 */
public final class BatchCaptureClients {

    private static final String HOST = "https://eu.i.posthog.com";

    private BatchCaptureClients() {
    }

    /** Client for the export job: captures events and evaluates flags locally. */
    public static PostHogInterface exportJobClient() {
        PostHogConfig config = PostHogConfig.builder(System.getenv("POSTHOG_API_KEY"))
                .host(HOST)
                .personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"))
                .build();
        return PostHog.with(config);
    }

    /** Client for the reconciliation job; its pod only mounts the flags secret. */
    public static PostHogInterface reconciliationJobClient() {
        String flagsKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
        PostHogConfig config = PostHogConfig.builder(flagsKey)
                .host(HOST)
                .build();
        return PostHog.with(config);
    }
}
