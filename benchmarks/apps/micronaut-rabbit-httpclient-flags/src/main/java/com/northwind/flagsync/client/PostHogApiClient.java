package com.northwind.flagsync.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Declarative client for PostHog's private REST API (feature flag definitions).
 */
@Client(id = "posthog-app", path = "/api/projects")
@Header(name = "Authorization", value = "Bearer ${posthog.personal-api-key}")
@Header(name = "Accept", value = "application/json")
public interface PostHogApiClient {

    @Get("/{projectId}/feature_flags/")
    FlagPage listFeatureFlags(@PathVariable long projectId,
                              @QueryValue(defaultValue = "200") int limit,
                              @Nullable @QueryValue Integer offset);

    @Get("/{projectId}/feature_flags/{flagId}/")
    FeatureFlag getFeatureFlag(@PathVariable long projectId, @PathVariable long flagId);

    @Serdeable
    record FeatureFlag(long id, String key, String name, boolean active, boolean deleted, int version) {
    }

    @Serdeable
    record FlagPage(int count, @Nullable String next, List<FeatureFlag> results) {
    }
}
