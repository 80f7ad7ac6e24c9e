package com.cohortlab.cohortapi.web;

import com.cohortlab.cohortapi.config.PostHogSettings;
import com.cohortlab.cohortapi.posthog.PostHogOAuthClient;
import com.cohortlab.cohortapi.posthog.PostHogOAuthClient.OAuthTokens;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

@Path("/oauth/posthog")
public class OAuthCallbackResource {

    @Inject
    PostHogOAuthClient oauth;

    @Inject
    PostHogSettings settings;

    @GET
    @Path("/callback")
    public Response callback(@QueryParam("code") String code,
                             @QueryParam("state") String state,
                             @CookieParam("ph_oauth_state") String expectedState,
                             @CookieParam("ph_pkce") String codeVerifier) {
        if (code == null || state == null || !state.equals(expectedState)) {
            throw new BadRequestException("invalid OAuth state");
        }
        OAuthTokens tokens = oauth.exchangeCode(code, codeVerifier);
        NewCookie accessCookie = new NewCookie.Builder("ph_access").value(tokens.accessToken()).path("/").maxAge((int) tokens.expiresIn()).secure(true).build();
        return Response.seeOther(URI.create(settings.frontendUrl() + "/cohorts"))
                .cookie(accessCookie)
                .build();
    }
}
