package com.tidewaterlabs.flagsync.client;

import com.tidewaterlabs.flagsync.client.PostHogPayloads.CaptureRequest;
import com.tidewaterlabs.flagsync.client.PostHogPayloads.FlagListResponse;
import com.tidewaterlabs.flagsync.client.PostHogPayloads.LocalEvaluationResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/**
 * Declarative client for the PostHog API (service id configured under
 * {@code micronaut.http.services.posthog-api}).
 */
@Client(id = "posthog-api")
public interface PostHogManagementClient {

    @Get("/api/feature_flag/local_evaluation/{?token,send_cohorts}")
    LocalEvaluationResponse localEvaluation(@Header(HttpHeaders.AUTHORIZATION) String authorization,
                                            @QueryValue String token,
                                            @QueryValue("send_cohorts") @Nullable String sendCohorts);

    @Get("/api/projects/{projectId}/feature_flags/")
    FlagListResponse listFlags(@PathVariable String projectId);

    @Post("/capture/")
    HttpResponse<Void> capture(@Body CaptureRequest request);
}
