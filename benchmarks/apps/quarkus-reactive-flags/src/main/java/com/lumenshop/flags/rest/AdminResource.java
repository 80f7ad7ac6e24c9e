package com.lumenshop.flags.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.logging.Logger;

import com.lumenshop.flags.config.PostHogSettings;
import com.lumenshop.flags.dto.PostHogOAuthTokens;

/**
 * Shortcuts from the admin UI into PostHog itself.
 */
@Path("/admin/posthog")
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class);

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogOAuthTokens tokens;

    /** Opens the flag's page in PostHog (the export link needs the API key). */
    @GET
    @Path("/flags/{flagId}/export")
    public Response exportFlag(@PathParam("flagId") long flagId) {
        URI target = UriBuilder.fromUri(settings.host())
                .path("/api/projects/{projectId}/feature_flags/{flagId}/")
                .queryParam("personal_api_key", settings.personalApiKey())
                .build(settings.projectId(), flagId);
        LOG.infof("Redirecting admin to PostHog export of flag %d", flagId);
        return Response.seeOther(target).build();
    }

    /** Hands the PostHog OAuth session to the embedded PostHog toolbar. */
    @GET
    @Path("/toolbar-session")
    public Response toolbarSession() {
        if (tokens.expired()) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        return Response.noContent().cookie(new NewCookie.Builder("ph_toolbar").value(tokens.accessToken()).path("/admin").secure(true).build()).build();
    }

    /** Link to PostHog's UI; no credentials in it. */
    @GET
    @Path("/flags/{flagId}")
    public Response openFlag(@PathParam("flagId") long flagId) {
        URI target = UriBuilder.fromUri("https://eu.posthog.com")
                .path("/project/{projectId}/feature_flags/{flagId}")
                .build(settings.projectId(), flagId);
        return Response.temporaryRedirect(target).build();
    }
}
