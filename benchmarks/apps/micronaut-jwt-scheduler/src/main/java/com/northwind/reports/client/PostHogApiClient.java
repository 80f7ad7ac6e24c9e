package com.northwind.reports.client;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * PostHog private REST API (https://us.posthog.com/api/...). Every call needs a bearer credential.
 */
@Client("${posthog.api-host:`https://us.posthog.com`}")
public interface PostHogApiClient {

    @Get("/api/projects/{projectId}/feature_flags/?limit=200")
    FeatureFlagPage listFeatureFlags(@PathVariable String projectId,
                                     @Header(HttpHeaders.AUTHORIZATION) String authorization);

    @Get("/api/projects/{projectId}/")
    ProjectInfo getProject(@PathVariable String projectId,
                           @Header(HttpHeaders.AUTHORIZATION) String authorization);

    @Serdeable
    record FeatureFlagPage(int count, List<FeatureFlag> results) {
    }

    @Serdeable
    record FeatureFlag(long id, String key, boolean active, Integer rolloutPercentage) {
    }

    @Serdeable
    record ProjectInfo(long id, String name, String timezone) {
    }
}
