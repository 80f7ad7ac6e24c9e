package com.tidewaterlabs.flaggateway.client;

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

@Client(id = "posthog-api")
@Header(name = HttpHeaders.ACCEPT, value = MediaType.APPLICATION_JSON)
public interface PostHogApiClient {

    @Get("/api/projects/{projectId}/feature_flags/{?limit}")
    FeatureFlagPage listFeatureFlags(@PathVariable String projectId,
                                     @Header(HttpHeaders.AUTHORIZATION) String authorization,
                                     @Nullable @QueryValue Integer limit);

    @Serdeable
    record FeatureFlag(long id, String key, boolean active, @Nullable String name) {
    }

    @Serdeable
    record FeatureFlagPage(int count, @Nullable String next, List<FeatureFlag> results) {
    }
}
