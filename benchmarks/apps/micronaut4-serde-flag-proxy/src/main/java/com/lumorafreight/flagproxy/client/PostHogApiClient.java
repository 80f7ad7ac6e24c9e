package com.lumorafreight.flagproxy.client;

import com.lumorafreight.flagproxy.dto.CaptureRequest;
import com.lumorafreight.flagproxy.dto.FlagDefinition;
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
 * Declarative client for the PostHog private API and the capture endpoint.
 */
@Client(id = "posthog-api")
public interface PostHogApiClient {

    @Get("/api/projects/{projectId}/feature_flags/")
    FlagDefinition.Page listFlags(@PathVariable long projectId,
                                  @Header(HttpHeaders.AUTHORIZATION) String authorization,
                                  @QueryValue(defaultValue = "200") int limit);

    @Post("/i/v0/e/")
    HttpResponse<Void> capture(@Body CaptureRequest request);
}
