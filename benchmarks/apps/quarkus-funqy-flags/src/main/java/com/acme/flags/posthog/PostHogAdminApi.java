package com.acme.flags.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@Path("/api/projects/{projectId}")
@RegisterRestClient(configKey = "posthog-api")
@RegisterProvider(OutgoingRequestAuditFilter.class)
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogAdminApi {

    @GET
    @Path("/feature_flags/")
    JsonNode listFeatureFlags(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                              @PathParam("projectId") long projectId,
                              @QueryParam("limit") int limit);

    @GET
    @Path("/feature_flags/{id}/")
    JsonNode getFeatureFlag(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @PathParam("projectId") long projectId,
                            @PathParam("id") long flagId);
}
