package com.flagstack.portal.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "posthog-oauth")
@Path("/oauth")
public interface PostHogOAuthApi {

    @POST
    @Path("/token/")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Uni<OAuthTokens> refresh(@FormParam("grant_type") String grantType,
                             @FormParam("refresh_token") String refreshToken,
                             @FormParam("client_id") String clientId);
}
