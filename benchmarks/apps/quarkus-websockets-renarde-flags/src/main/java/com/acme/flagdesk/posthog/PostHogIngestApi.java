package com.acme.flagdesk.posthog;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/**
 * Public ingestion endpoints, used for events the SDK cannot send for us
 * (events relayed from the WebSocket console).
 */
@RegisterRestClient(configKey = "posthog-ingest")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogIngestApi {

    @POST
    @Path("/i/v0/e/")
    void capture(CaptureRequest request);

    @POST
    @Path("/flags/?v=2")
    FlagsResponse flags(FlagsRequest request);

    record CaptureRequest(@JsonProperty("api_key") String apiKey,
                          String event,
                          @JsonProperty("distinct_id") String distinctId,
                          Map<String, Object> properties) {
    }

    record FlagsRequest(@JsonProperty("api_key") String apiKey,
                        @JsonProperty("distinct_id") String distinctId) {
    }

    record FlagsResponse(@JsonProperty("featureFlags") Map<String, Object> featureFlags) {
    }
}
