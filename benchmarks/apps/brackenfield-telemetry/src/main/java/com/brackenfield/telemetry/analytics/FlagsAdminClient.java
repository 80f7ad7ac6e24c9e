package com.brackenfield.telemetry.analytics;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/**
 * PostHog private API, feature-flag part. Base URL: {@code quarkus.rest-client.posthog-api.url}.
 */
@RegisterRestClient(configKey = "posthog-api")
@Path("/api/projects/{projectId}/feature_flags")
public interface FlagsAdminClient {

    @PATCH
    @Path("/{flagId}/")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Map<String, Object>> patch(@HeaderParam("Authorization") String authorization,
                                   @PathParam("projectId") long projectId,
                                   @PathParam("flagId") long flagId,
                                   Map<String, Object> changes);
}
