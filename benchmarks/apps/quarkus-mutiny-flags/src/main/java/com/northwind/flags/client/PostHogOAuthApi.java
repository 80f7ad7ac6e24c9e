package com.northwind.flags.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * OAuth token endpoint of the PostHog app, used by the "connect PostHog" integration.
 */
@RegisterRestClient(configKey = "posthog-oauth")
@Path("/oauth/token/")
public interface PostHogOAuthApi {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<OAuthTokens> refresh(@FormParam("grant_type") String grantType,
                             @FormParam("refresh_token") String refreshToken,
                             @FormParam("client_id") String clientId,
                             @FormParam("client_secret") String clientSecret);

    record OAuthTokens(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("expires_in") long expiresIn,
            String scope) {
    }
}
