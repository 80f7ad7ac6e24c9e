package com.acme.flags.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

/**
 * PostHog private API (https://us.posthog.com/api/...), authenticated with a personal API key.
 */
@RegisterRestClient(configKey = "posthog-admin")
@Path("/api/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogAdminApi {

    record FlagPage(int count, String next, List<Map<String, Object>> results) {
    }

    @GET
    @Path("/feature_flags/")
    FlagPage listFlags(@PathParam("projectId") String projectId,
                       @HeaderParam("Authorization") String authorization,
                       @QueryParam("limit") int limit);
}
