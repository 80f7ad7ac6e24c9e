package com.acme.flags.resources;

import com.acme.flags.posthog.OAuthTokens;
import com.acme.flags.posthog.PostHogApiClient;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/**
 * "Connect your PostHog account" flow for the flag console.
 */
@Path("/oauth/posthog")
public class OAuthCallbackResource {

    private final PostHogApiClient apiClient;
    private final String appBaseUrl;

    public OAuthCallbackResource(PostHogApiClient apiClient, String appBaseUrl) {
        this.apiClient = apiClient;
        this.appBaseUrl = appBaseUrl;
    }

    @GET
    @Path("/callback")
    public Response callback(@QueryParam("code") String code, @QueryParam("error") String error) {
        if (error != null || code == null) {
            throw new BadRequestException("PostHog authorization was not granted: " + error);
        }
        OAuthTokens tokens = apiClient.exchangeCode(code);
        return Response.seeOther(UriBuilder.fromUri(appBaseUrl)
                        .path("settings/posthog/connected")
                        .queryParam("access_token", tokens.accessToken())
                        .queryParam("expires_in", tokens.expiresIn())
                        .build())
                .build();
    }
}
