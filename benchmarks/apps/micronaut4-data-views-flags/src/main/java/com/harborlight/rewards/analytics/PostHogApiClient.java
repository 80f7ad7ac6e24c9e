package com.harborlight.rewards.analytics;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import java.util.Map;

/**
 * Declarative client for PostHog's private REST API. Authenticated server-to-server
 * with the personal API key as a bearer token.
 */
@Client(id = "posthog-api")
@Header(name = HttpHeaders.AUTHORIZATION, value = "Bearer ${posthog.personal-api-key}")
public interface PostHogApiClient {

    @Get("/api/feature_flag/local_evaluation/{?token}")
    Map<String, Object> localEvaluation(@QueryValue String token);

    @Get("/api/projects/{projectId}/cohorts/{cohortId}/persons/{?limit,offset}")
    Map<String, Object> cohortPersons(long projectId, long cohortId,
                                      @QueryValue int limit, @QueryValue int offset);
}
