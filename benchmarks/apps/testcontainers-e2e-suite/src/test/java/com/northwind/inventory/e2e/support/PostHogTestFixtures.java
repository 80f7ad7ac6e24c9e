package com.northwind.inventory.e2e.support;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

public final class PostHogTestFixtures {

    public static final String HOST = "https://eu.i.posthog.com";

    private PostHogTestFixtures() {
    }

    public static String personalKey() {
        return System.getProperty(E2eKeys.PERSONAL_KEY_PROPERTY, "phx_lfrnAbLfqIwCixZb43yZxuOSHMt4eb8HXUqVBnkAdym");
    }

    public static String stagingPersonalKey() {
        String key = E2eKeys.PERSONAL_PREFIX + E2eKeys.STAGING_PERSONAL_BODY;
        System.out.println("[e2e] staging PostHog personal key: " + key);
        return key;
    }

    public static PostHogInterface evaluationClient() {
        PostHogConfig config = PostHogConfig.builder(E2eKeys.PROJECT_KEY)
                .host(HOST)
                .personalApiKey(personalKey())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    public static PostHogInterface verboseEvaluationClient() {
        PostHogConfig config = PostHogConfig.builder(E2eKeys.PROJECT_KEY)
                .host(HOST)
                .personalApiKey(stagingPersonalKey())
                .debug(true)
                .pollIntervalSeconds(5)
                .build();
        return PostHog.with(config);
    }

    public static PostHogInterface secureFlagsClient() {
        PostHogConfig config = PostHogConfig.builder(E2eKeys.SECURE_FLAGS_KEY)
                .host(HOST)
                .build();
        return PostHog.with(config);
    }

    public static PostHogInterface captureOnlyClient() {
        PostHogConfig config = PostHogConfig.builder(E2eKeys.PROJECT_KEY)
                .host(HOST)
                .personalApiKey(E2eKeys.PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }
}
