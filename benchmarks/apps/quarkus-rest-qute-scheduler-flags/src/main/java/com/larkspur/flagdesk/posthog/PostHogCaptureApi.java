package com.larkspur.flagdesk.posthog;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Thin client for the public capture endpoint, used for audit events of the admin tool.
 */
@RegisterRestClient(configKey = "posthog-capture")
@Path("/i/v0")
public interface PostHogCaptureApi {

    @POST
    @Path("/e/")
    @Consumes(MediaType.APPLICATION_JSON)
    Response capture(CaptureRequest request);

    record CaptureRequest(
            @JsonProperty("api_key") String apiKey,
            @JsonProperty("event") String event,
            @JsonProperty("distinct_id") String distinctId,
            @JsonProperty("properties") Map<String, Object> properties) {
    }
}
