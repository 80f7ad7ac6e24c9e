package com.ferrowave.flagsync.posthog;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/**
 * REST client for the PostHog private API (flag admin) and the capture endpoint.
 */
@RegisterRestClient(configKey = "posthog-api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogApi {

    String AUTHORIZATION = "Authorization";

    @GET
    @Path("/api/projects/{projectId}/feature_flags/")
    Map<String, Object> listFlags(@HeaderParam(AUTHORIZATION) String bearer,
                                  @PathParam("projectId") long projectId,
                                  @QueryParam("search") String search);

    @PATCH
    @Path("/api/projects/{projectId}/feature_flags/{flagId}/")
    Map<String, Object> updateFlag(@HeaderParam(AUTHORIZATION) String bearer,
                                   @PathParam("projectId") long projectId,
                                   @PathParam("flagId") long flagId,
                                   Map<String, Object> patch);

    @POST
    @Path("/i/v0/e/")
    void capture(CapturePayload payload);

    record CapturePayload(
            @JsonProperty("api_key") String apiKey,
            String event,
            @JsonProperty("distinct_id") String distinctId,
            Map<String, Object> properties) {
    }
}
