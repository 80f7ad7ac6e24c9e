package com.brightlane.flagdesk.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Thin client for PostHog's capture endpoint, used for internal operational events.
 */
@RegisterRestClient(configKey = "posthog-ingest")
@Path("/i/v0/e/")
@Consumes(MediaType.APPLICATION_JSON)
public interface PostHogIngestApi {

    @POST
    void capture(CaptureEvent event);

    record CaptureEvent(@JsonProperty("api_key") String apiKey,
                        String event,
                        @JsonProperty("distinct_id") String distinctId,
                        Map<String, Object> properties) {
    }
}
