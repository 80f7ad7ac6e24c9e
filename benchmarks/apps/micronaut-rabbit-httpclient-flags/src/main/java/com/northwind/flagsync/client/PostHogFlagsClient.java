package com.northwind.flagsync.client;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * Declarative client for the public /flags endpoint on the ingestion host.
 */
@Client("${posthog.host}")
public interface PostHogFlagsClient {

    @Post("/flags/")
    FlagsResponse evaluate(@QueryValue(defaultValue = "2") String v, @Body FlagsRequest request);

    @Serdeable
    record FlagsRequest(String api_key, String distinct_id, Map<String, Object> person_properties) {
    }

    @Serdeable
    record FlagsResponse(Map<String, Object> featureFlags, boolean errorsWhileComputingFlags) {
    }
}
