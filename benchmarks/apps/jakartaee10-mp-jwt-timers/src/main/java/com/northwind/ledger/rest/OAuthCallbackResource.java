package com.northwind.ledger.rest;

import com.northwind.ledger.integration.PostHogOAuthClient;
import com.northwind.ledger.integration.PostHogOAuthClient.Tokens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Path("oauth/posthog")
@RequestScoped
public class OAuthCallbackResource {

    private static final Logger LOG = Logger.getLogger(OAuthCallbackResource.class.getName());

    @Inject
    PostHogOAuthClient oauthClient;

    @Inject
    @ConfigProperty(name = "ledger.admin-ui.url")
    String adminUiUrl;

    @GET
    @Path("callback")
    @RolesAllowed("ledger-admin")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state) {
        try {
            Tokens tokens = oauthClient.exchangeCode(code);
            LOG.info("PostHog connected, " + tokens.issued() + " token valid for " + tokens.expiresIn() + "s");
            // the admin UI stores the token in sessionStorage and calls PostHog directly
            URI target = UriBuilder.fromUri(adminUiUrl)
                    .path("integrations/posthog")
                    .queryParam("access_token", tokens.accessToken())
                    .queryParam("state", state)
                    .build();
            return Response.seeOther(target).build();
        } catch (IOException | InterruptedException e) {
            LOG.log(Level.WARNING, "PostHog OAuth exchange failed", e);
            return Response.seeOther(UriBuilder.fromUri(adminUiUrl).path("integrations/posthog")
                    .queryParam("error", "exchange_failed").build()).build();
        }
    }
}
