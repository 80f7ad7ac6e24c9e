package com.northwind.loyalty.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * PostHog private API (https://eu.posthog.com/api/), authenticated with a bearer credential.
 */
@RegisterRestClient(configKey = "posthog-admin")
@Path("/api/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogAdminClient {

    @GET
    @Path("/feature_flags/")
    FeatureFlagPage listFeatureFlags(@PathParam("projectId") String projectId,
                                     @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                     @QueryParam("limit") int limit);

    record FeatureFlagPage(int count, List<FeatureFlagDefinition> results) {
    }

    record FeatureFlagDefinition(long id, String key, boolean active, Map<String, Object> filters) {
    }
}
