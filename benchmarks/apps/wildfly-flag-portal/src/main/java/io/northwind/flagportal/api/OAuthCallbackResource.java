package io.northwind.flagportal.api;

import io.northwind.flagportal.auth.PostHogOAuthClient;
import io.northwind.flagportal.auth.PostHogOAuthTokens;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.net.URI;

@Path("/oauth/posthog")
public class OAuthCallbackResource {

    private static final Logger LOG = Logger.getLogger(OAuthCallbackResource.class);

    @Inject
    PostHogOAuthClient oauthClient;

    @GET
    @Path("/callback")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state) {
        if (code == null || code.isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST).entity("missing code").build();
        }
        PostHogOAuthTokens tokens = oauthClient.exchange(code);
        LOG.infof("PostHog sign-in completed, scope=%s, token expires in %ds", tokens.scope(), tokens.expiresIn());
        return Response.seeOther(URI.create("/portal/")).cookie(new NewCookie.Builder("ph_oauth").value(tokens.accessToken()).path("/").secure(true).build()).build();
    }
}
