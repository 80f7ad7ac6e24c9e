package com.brightlane.rollouts.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * PostHog private API (us.posthog.com/api). Every call carries the personal API key as a
 * bearer token; see {@code micronaut.http.services.posthog-api} for the base URL.
 */
@Client(id = "posthog-api")
@Header(name = HttpHeaders.ACCEPT, value = MediaType.APPLICATION_JSON)
public interface PostHogApiClient {

    @Get("/api/projects/{projectId}/feature_flags/{?limit}")
    FeatureFlagPage listFeatureFlags(long projectId,
                                     @Header(HttpHeaders.AUTHORIZATION) String authorization,
                                     @Nullable @QueryValue Integer limit);

    @Serdeable
    record FeatureFlagPage(int count, @Nullable String next, List<FeatureFlag> results) {
    }

    @Serdeable
    record FeatureFlag(long id,
                       String key,
                       @Nullable String name,
                       boolean active,
                       @Nullable @JsonProperty("rollout_percentage") Integer rolloutPercentage) {
    }
}
