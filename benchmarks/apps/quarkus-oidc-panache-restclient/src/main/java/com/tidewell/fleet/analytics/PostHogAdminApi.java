package com.tidewell.fleet.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/**
 * MicroProfile REST client for the PostHog private API (feature flag management).
 */
@RegisterRestClient(configKey = "posthog-api")
@Path("/api/projects/{projectId}/feature_flags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PostHogAdminApi {

    String AUTHORIZATION = "Authorization";

    @GET
    JsonNode list(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("projectId") long projectId);

    @PATCH
    @Path("/{flagId}")
    JsonNode update(@HeaderParam(AUTHORIZATION) String bearer,
                    @PathParam("projectId") long projectId,
                    @PathParam("flagId") long flagId,
                    Map<String, Object> patch);
}
