package com.lumenshop.flags.posthog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * PostHog private API (flag definitions). Authenticated by {@link PostHogHeadersFactory}.
 */
@RegisterRestClient(configKey = "posthog-api")
@RegisterClientHeaders(PostHogHeadersFactory.class)
@Path("/api/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogApiClient {

    @GET
    @Path("/feature_flags/")
    Uni<JsonObject> listFeatureFlags(@PathParam("projectId") String projectId, @QueryParam("limit") int limit);
}
