package com.northwind.flagsync.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * Declarative client for PostHog's private REST API (micronaut.http.services.posthog-api).
 */
@Client(id = "posthog-api")
@Header(name = HttpHeaders.ACCEPT, value = MediaType.APPLICATION_JSON)
@Header(name = HttpHeaders.USER_AGENT, value = "northwind-flag-sync/0.7")
public interface PostHogApiClient {

    @Get("/api/projects/{projectId}/feature_flags/{?limit,offset}")
    FeatureFlagPage listFeatureFlags(@PathVariable long projectId,
                                     @Header(HttpHeaders.AUTHORIZATION) String authorization,
                                     @QueryValue @Nullable Integer limit,
                                     @QueryValue @Nullable Integer offset);

    @Serdeable
    record FeatureFlagPage(int count, @Nullable String next, List<FeatureFlagDefinition> results) {
    }

    @Serdeable
    record FeatureFlagDefinition(long id,
                                 String key,
                                 @Nullable String name,
                                 boolean active,
                                 @Nullable Map<String, Object> filters) {
    }
}
