package com.brightlane.rollouts.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * Thin client for the public ingestion endpoint. Used for audit events that must be sent
 * synchronously (the SDK batches in the background).
 */
@Client(id = "posthog-ingest")
public interface PostHogCaptureClient {

    @Post("/capture/")
    HttpResponse<Void> capture(@Body CaptureEvent event);

    @Serdeable
    record CaptureEvent(@JsonProperty("api_key") String apiKey,
                        String event,
                        @JsonProperty("distinct_id") String distinctId,
                        Map<String, Object> properties) {
    }
}
