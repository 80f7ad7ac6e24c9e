package com.northwind.loyalty.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * PostHog public ingestion API (capture and flags), authenticated by the project token in the body.
 */
@RegisterRestClient(configKey = "posthog-ingest")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogIngestClient {

    @POST
    @Path("/batch/")
    void batch(CaptureBatch batch);

    @POST
    @Path("/flags/")
    FlagsResponse flags(@QueryParam("v") int version, FlagsRequest request);

    record CaptureEvent(String event,
                        @JsonProperty("distinct_id") String distinctId,
                        Map<String, Object> properties,
                        String timestamp) {
    }

    record CaptureBatch(@JsonProperty("api_key") String apiKey, List<CaptureEvent> batch) {
    }

    record FlagsRequest(@JsonProperty("api_key") String apiKey,
                        @JsonProperty("distinct_id") String distinctId) {
    }

    record FlagsResponse(Map<String, Object> featureFlags) {
    }
}
