package io.ferncast.api.client;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "posthog-api")
@Path("/api/projects/{projectId}")
public interface PostHogApiClient {

    @GET
    @Path("/feature_flags/")
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject listFlags(@HeaderParam("Authorization") String authorization, @PathParam("projectId") long projectId);
}
