package io.northwind.flags.posthog;

import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * PostHog public ingestion endpoints, used where the SDK has no equivalent call.
 */
@RegisterRestClient(configKey = "posthog-ingest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PostHogCaptureApi {

    @POST
    @Path("/capture/")
    Response capture(CaptureEvent event);

    @POST
    @Path("/flags/")
    JsonObject flags(@QueryParam("v") int version, FlagsRequest request);

    record CaptureEvent(@JsonbProperty("api_key") String apiKey,
                        String event,
                        @JsonbProperty("distinct_id") String distinctId,
                        Map<String, Object> properties) {
    }

    record FlagsRequest(@JsonbProperty("api_key") String apiKey,
                        @JsonbProperty("distinct_id") String distinctId,
                        @JsonbProperty("person_properties") Map<String, Object> personProperties) {
    }
}
