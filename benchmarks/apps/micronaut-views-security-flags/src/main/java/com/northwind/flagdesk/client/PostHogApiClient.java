package com.northwind.flagdesk.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * Declarative client for PostHog's private REST API.
 */
@Client("${posthog.api-url}")
@Header(name = "Authorization", value = "Bearer ${posthog.personal-api-key}")
public interface PostHogApiClient {

    @Get("/api/projects/{projectId}/feature_flags/{?limit}")
    FeatureFlagPage listFeatureFlags(@PathVariable long projectId, @Nullable @QueryValue Integer limit);

    @Get("/api/feature_flag/local_evaluation/{?token,send_cohorts}")
    LocalEvaluation localEvaluation(@QueryValue String token,
                                    @QueryValue("send_cohorts") boolean sendCohorts);

    @Get("/api/projects/{projectId}/feature_flags/{?limit}")
    FeatureFlagPage exportFeatureFlags(@PathVariable long projectId,
                                       @Nullable @QueryValue Integer limit,
                                       @Header("Authorization") String authorization);

    @Serdeable
    record FeatureFlag(long id, String key, @Nullable String name, boolean active,
                       @Nullable Integer rolloutPercentage) {
    }

    @Serdeable
    record FeatureFlagPage(int count, @Nullable String next, List<FeatureFlag> results) {
    }

    @Serdeable
    record LocalEvaluation(List<Map<String, Object>> flags, @Nullable Map<String, Object> cohorts) {
    }
}
