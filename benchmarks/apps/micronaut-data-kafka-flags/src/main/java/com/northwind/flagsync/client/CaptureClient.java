package com.northwind.flagsync.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * Thin client for the ingestion endpoint, used for service-level events that do not
 * belong to a user (sync runs, backfills).
 */
@Client(id = "posthog-ingest")
public interface CaptureClient {

    @Post("/i/v0/e/")
    HttpResponse<Void> capture(@Body CaptureRequest request);

    @Serdeable
    record CaptureRequest(@JsonProperty("api_key") String apiKey,
                          String event,
                          @JsonProperty("distinct_id") String distinctId,
                          Map<String, Object> properties) {
    }
}
