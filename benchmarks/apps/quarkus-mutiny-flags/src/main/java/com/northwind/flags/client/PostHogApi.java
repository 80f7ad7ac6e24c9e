package com.northwind.flags.client;

import com.northwind.flags.dto.FeatureFlagPage;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * PostHog private REST API (app host, personal API key).
 */
@RegisterRestClient(configKey = "posthog-api")
@Path("/api/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogApi {

    @GET
    @Path("/feature_flags/")
    Uni<FeatureFlagPage> listFeatureFlags(@HeaderParam("Authorization") String authorization,
                                          @PathParam("projectId") String projectId,
                                          @QueryParam("limit") int limit);
}
