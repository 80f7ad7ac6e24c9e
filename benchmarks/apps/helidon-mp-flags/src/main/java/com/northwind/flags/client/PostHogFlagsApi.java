package com.northwind.flags.client;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * MicroProfile REST client for PostHog's private feature-flag API.
 */
@RegisterRestClient(configKey = "posthog-api")
@RegisterClientHeaders(PostHogApiHeaders.class)
@RegisterProvider(OutgoingHeaderLogger.class)
@Path("/api/projects/{projectId}/feature_flags")
public interface PostHogFlagsApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    FlagPage list(@PathParam("projectId") String projectId, @QueryParam("limit") int limit);

    record FlagPage(int count, String next, List<RemoteFlag> results) {
    }

    record RemoteFlag(long id,
                      String key,
                      String name,
                      boolean active,
                      @JsonbProperty("rollout_percentage") Integer rolloutPercentage) {
    }
}
