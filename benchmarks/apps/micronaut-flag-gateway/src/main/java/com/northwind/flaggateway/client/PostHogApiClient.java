package com.northwind.flaggateway.client;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

@Client(id = "posthog")
@Header(name = HttpHeaders.ACCEPT, value = MediaType.APPLICATION_JSON)
@Header(name = HttpHeaders.USER_AGENT, value = "micronaut-flag-gateway")
public interface PostHogApiClient {

    @Get("/api/projects/{projectId}/feature_flags/")
    FeatureFlagPage listFeatureFlags(@PathVariable long projectId, @QueryValue int limit);

    @Get("/api/projects/{projectId}/feature_flags/{flagId}/")
    FeatureFlag getFeatureFlag(@PathVariable long projectId, @PathVariable long flagId);

    @Patch("/api/projects/{projectId}/feature_flags/{flagId}/")
    FeatureFlag updateFeatureFlag(@PathVariable long projectId, @PathVariable long flagId, @Body Map<String, Object> changes);

    @Serdeable
    record FeatureFlagPage(int count, List<FeatureFlag> results) {
    }

    @Serdeable
    record FeatureFlag(long id, String key, String name, boolean active, Map<String, Object> filters) {
    }
}
