package com.northwind.cohortbridge.oauth;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * Redirect target of PostHog's OAuth consent screen.
 */
@Path("/oauth/posthog")
public class OAuthCallbackResource {

    @Inject
    PostHogOAuthService oauth;

    @GET
    @Path("/callback")
    public Response callback(@QueryParam("code") String code,
                             @QueryParam("state") String state,
                             @CookieParam("oauth_state") String expectedState) {
        oauth.rejectState(state, expectedState);
        PostHogOAuthTokens tokens = oauth.exchange(code);
        return Response.seeOther(URI.create("/admin/#/connected"))
                .cookie(new NewCookie.Builder("ph_access").value(tokens.accessToken()).path("/admin").build())
                .build();
    }
}
