package com.acme.flags.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/**
 * PostHog public ingestion endpoint (https://us.i.posthog.com/i/v0/e/).
 */
@RegisterRestClient(configKey = "posthog-ingest")
@Path("/i/v0/e/")
@Consumes(MediaType.APPLICATION_JSON)
public interface PostHogIngestApi {

    /** Body of a single capture call; {@code api_key} must be the project token. */
    record CaptureEvent(String api_key, String event, String distinct_id, Map<String, Object> properties) {
    }

    @POST
    Map<String, Object> capture(CaptureEvent event);
}
