package io.northwind.flags.posthog;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * PostHog private API (feature flag definitions). Authenticated with a personal API key.
 */
@RegisterRestClient(configKey = "posthog-admin")
@RegisterClientHeaders(AdminClientHeaders.class)
@Path("/api/projects/{projectId}/feature_flags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PostHogAdminApi {

    @GET
    JsonObject list(@PathParam("projectId") long projectId, @QueryParam("search") String search);

    @PATCH
    @Path("/{flagId}")
    JsonObject update(@PathParam("projectId") long projectId,
                      @PathParam("flagId") long flagId,
                      JsonObject patch);
}
