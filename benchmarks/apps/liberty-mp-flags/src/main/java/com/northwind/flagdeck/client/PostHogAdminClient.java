package com.northwind.flagdeck.client;

import com.northwind.flagdeck.dto.FlagPage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * PostHog private API (feature flags), called server-side with the personal API key.
 */
@RegisterRestClient(configKey = "posthog-admin")
@Path("/api/projects/{projectId}/feature_flags")
@Produces(MediaType.APPLICATION_JSON)
@ClientHeaderParam(name = "Authorization", value = "{bearerToken}")
public interface PostHogAdminClient {

    @GET
    FlagPage list(@PathParam("projectId") long projectId, @QueryParam("limit") int limit);

    @PATCH
    @Path("/{flagId}")
    Response update(@PathParam("projectId") long projectId,
                    @PathParam("flagId") long flagId,
                    @HeaderParam("X-Request-Id") String requestId,
                    Map<String, Object> patch);

    default String bearerToken() {
        String key = ConfigProvider.getConfig().getValue("posthog.personal-api-key", String.class);
        return "Bearer " + key;
    }
}
