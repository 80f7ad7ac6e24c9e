package io.tallgrass.flagrelay.client;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.tallgrass.flagrelay.dto.CaptureRequest;

import java.util.Map;

/**
 * Declarative client for the few PostHog endpoints the relay talks to directly.
 */
@Client(id = "posthog", value = "${posthog.host}")
@Header(name = HttpHeaders.USER_AGENT, value = "tallgrass-flag-relay/0.9")
public interface PostHogApiClient {

    @Get("/api/feature_flag/local_evaluation/?send_cohorts")
    Map<String, Object> localEvaluation(@Header(HttpHeaders.AUTHORIZATION) String authorization,
                                        @QueryValue("token") String projectToken);

    @Get("/api/projects/{projectId}/feature_flags/")
    Map<String, Object> listFlags(@Header(HttpHeaders.AUTHORIZATION) String authorization,
                                  @PathVariable String projectId);

    @Post("/i/v0/e/")
    HttpResponse<Void> capture(@Body CaptureRequest request);
}
