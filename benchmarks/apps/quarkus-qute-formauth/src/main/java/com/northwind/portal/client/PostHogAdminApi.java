package com.northwind.portal.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "posthog-admin")
@Path("/api/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogAdminApi {

    @GET
    @Path("/feature_flags/")
    Uni<JsonNode> listFeatureFlags(@PathParam("projectId") long projectId,
                                   @HeaderParam("Authorization") String authorization,
                                   @QueryParam("limit") int limit);

    @GET
    @Path("/persons/")
    Uni<JsonNode> findPerson(@PathParam("projectId") long projectId,
                             @HeaderParam("Authorization") String authorization,
                             @QueryParam("distinct_id") String distinctId);
}
