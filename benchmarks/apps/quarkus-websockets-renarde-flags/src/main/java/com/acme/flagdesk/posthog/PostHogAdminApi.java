package com.acme.flagdesk.posthog;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/**
 * PostHog private API (feature flag management and OAuth token refresh).
 */
@RegisterRestClient(configKey = "posthog-admin")
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogAdminApi {

    String AUTHORIZATION = "Authorization";

    @GET
    @Path("/api/projects/{projectId}/feature_flags/")
    FlagPage listFlags(@PathParam("projectId") long projectId,
                       @HeaderParam(AUTHORIZATION) String authorization);

    @PATCH
    @Path("/api/projects/{projectId}/feature_flags/{flagId}/")
    @Consumes(MediaType.APPLICATION_JSON)
    FeatureFlag updateFlag(@PathParam("projectId") long projectId,
                           @PathParam("flagId") long flagId,
                           @HeaderParam(AUTHORIZATION) String authorization,
                           FlagPatch patch);

    @POST
    @Path("/oauth/token/")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    TokenResponse refreshToken(@FormParam("grant_type") String grantType,
                               @FormParam("refresh_token") String refreshToken,
                               @FormParam("client_id") String clientId,
                               @FormParam("client_secret") String clientSecret);

    record FlagPage(int count, List<FeatureFlag> results) {
    }

    record FeatureFlag(long id, String key, String name, boolean active,
                       @JsonProperty("rollout_percentage") Integer rolloutPercentage) {
    }

    record FlagPatch(boolean active) {
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("refresh_token") String refreshToken,
                         @JsonProperty("expires_in") long expiresIn) {
    }
}
