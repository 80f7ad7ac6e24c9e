package com.northwind.reports.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * Thin client for the public capture endpoint, used by jobs that must not depend on the SDK queue.
 */
@Client("${posthog.host:`https://us.i.posthog.com`}")
public interface PostHogIngestClient {

    @Post("/i/v0/e/")
    HttpResponse<Void> capture(@Body CaptureEvent event);

    @Serdeable
    record CaptureEvent(@JsonProperty("api_key") String apiKey,
                        String event,
                        @JsonProperty("distinct_id") String distinctId,
                        Map<String, Object> properties) {
    }
}
