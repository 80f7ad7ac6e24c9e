package com.larkspur.flagdesk.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * PostHog private API (app host, not the ingestion host). Authenticated with the
 * personal API key through {@link PersonalKeyHeadersFactory}.
 */
@RegisterRestClient(configKey = "posthog-private")
@RegisterClientHeaders(PersonalKeyHeadersFactory.class)
@Path("/api/projects/{projectId}")
public interface PostHogPrivateApi {

    @GET
    @Path("/feature_flags/")
    JsonNode listFlags(@PathParam("projectId") String projectId, @QueryParam("limit") int limit);

    @PATCH
    @Path("/feature_flags/{flagId}/")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode patchFlag(@PathParam("projectId") String projectId,
                       @PathParam("flagId") long flagId,
                       Map<String, Object> changes);
}
