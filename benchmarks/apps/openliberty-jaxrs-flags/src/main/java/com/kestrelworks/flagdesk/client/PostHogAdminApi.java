package com.kestrelworks.flagdesk.client;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * MicroProfile Rest Client for the PostHog private API (server to server only).
 */
@RegisterRestClient(configKey = "posthog-admin-api")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogAdminApi {

    @GET
    @Path("/projects/{projectId}/feature_flags/")
    JsonObject listFeatureFlags(@PathParam("projectId") long projectId,
                                @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/feature_flag/local_evaluation/")
    JsonObject localEvaluation(@QueryParam("token") String projectApiKey,
                               @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
