package com.northwind.flagportal.posthog;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * MicroProfile Rest Client for PostHog's private API (base URL from "posthog-api/mp-rest/url").
 */
@RegisterRestClient(configKey = "posthog-api")
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogApi {

    @GET
    @Path("/api/projects/{projectId}/feature_flags/")
    FlagPage listFlags(@HeaderParam("Authorization") String authorization,
                       @PathParam("projectId") long projectId);

    @POST
    @Path("/oauth/token/")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    PostHogOAuthTokens refreshToken(@FormParam("grant_type") String grantType,
                                    @FormParam("refresh_token") String refreshToken,
                                    @FormParam("client_id") String clientId);

    record FlagPage(int count, String next, List<RemoteFlag> results) {
    }

    record RemoteFlag(long id,
                      String key,
                      String name,
                      boolean active,
                      @JsonbProperty("rollout_percentage") Integer rolloutPercentage) {
    }
}
