package com.acme.flags.client;

import com.acme.flags.dto.RemoteFlagPage;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

import java.util.Map;

/**
 * Declarative client for the PostHog private API and the capture endpoint.
 * Base URL comes from {@code micronaut.http.services.posthog.url}.
 */
@Client(id = "posthog")
public interface PostHogApiClient {

    @Get("/api/projects/{projectId}/feature_flags/{?limit,offset}")
    RemoteFlagPage listFeatureFlags(String projectId,
                                    @Header(HttpHeaders.AUTHORIZATION) String authorization,
                                    @QueryValue Integer limit,
                                    @QueryValue Integer offset);

    /** Authorization is attached by {@link PostHogAuthFilter}. */
    @Get("/api/projects/{projectId}/")
    Map<String, Object> project(String projectId);

    @Post("/capture/")
    HttpResponse<Void> capture(@Body Map<String, Object> event);
}
