package com.flagstack.portal.client;

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
    Uni<FeatureFlagList> listFlags(@PathParam("projectId") long projectId,
                                   @QueryParam("limit") int limit,
                                   @HeaderParam("Authorization") String authorization);
}
