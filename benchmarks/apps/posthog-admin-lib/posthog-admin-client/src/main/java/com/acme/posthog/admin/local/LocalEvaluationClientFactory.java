package com.acme.posthog.admin.local;

import java.util.Objects;

import com.acme.posthog.admin.AdminClientConfig;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Creates a PostHog server SDK instance that evaluates flags locally, so services do not pay a
 * network round-trip per flag check. Local evaluation needs a server-side secret: the project's
 * feature flags secure key (preferred) or a personal API key.
 */
public final class LocalEvaluationClientFactory {

    private static final String INGESTION_HOST_US = "https://us.i.posthog.com";
    private static final String INGESTION_HOST_EU = "https://eu.i.posthog.com";

    private LocalEvaluationClientFactory() {
    }

    public static PostHogInterface create(AdminClientConfig admin, String flagsSecureKey) {
        Objects.requireNonNull(admin.projectApiKey(), "projectApiKey is required for local evaluation");
        String secret = flagsSecureKey != null ? flagsSecureKey : admin.personalApiKey();

        PostHogConfig config = PostHogConfig.builder(admin.projectApiKey())
                .host(admin.host().contains("eu.") ? INGESTION_HOST_EU : INGESTION_HOST_US)
                .personalApiKey(secret)
                .localEvaluation(true)
                .pollIntervalSeconds(60)
                .build();
        return PostHog.with(config);
    }
}
