package com.brightlane.flagdesk.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * PostHog private API (feature flag definitions). Authenticated by {@link PostHogAuthHeadersFactory}.
 */
@RegisterRestClient(configKey = "posthog-admin")
@RegisterClientHeaders(PostHogAuthHeadersFactory.class)
@Path("/api/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogAdminApi {

    @GET
    @Path("/feature_flags/")
    RemoteFlagPage listFeatureFlags(@PathParam("projectId") long projectId, @QueryParam("limit") int limit);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RemoteFlagPage(long count, String next, List<RemoteFlag> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RemoteFlag(long id,
                      String key,
                      String name,
                      boolean active,
                      @JsonProperty("rollout_percentage") Integer rolloutPercentage) {
    }
}
