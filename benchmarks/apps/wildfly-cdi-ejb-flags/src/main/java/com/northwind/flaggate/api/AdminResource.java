package com.northwind.flaggate.api;

import com.northwind.flaggate.config.PostHogSettings;
import com.northwind.flaggate.sync.FlagSyncTimer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.net.URI;

@Path("/admin/posthog")
@RequestScoped
@RolesAllowed("flag-admin")
public class AdminResource {

    @Inject
    PostHogSettings settings;

    @Inject
    FlagSyncTimer syncTimer;

    @GET
    @Path("/status")
    @Produces(MediaType.APPLICATION_JSON)
    public IntegrationStatus status() {
        return IntegrationStatus.from(settings, syncTimer.lastSuccess(), syncTimer.knownFlags());
    }

    @POST
    @Path("/sync")
    public Response syncNow() {
        syncTimer.syncNow();
        return Response.accepted().build();
    }

    /** Lets the admin UI's toolbar evaluate flags locally in the browser. */
    @GET
    @Path("/toolbar")
    public Response enableToolbar() {
        NewCookie cookie = new NewCookie.Builder("ph_flags_secure")
                .value(settings.featureFlagsSecureKey())
                .path("/admin")
                .secure(true)
                .maxAge(3600)
                .build();
        return Response.noContent().cookie(cookie).build();
    }

    /** Deep link support staff use to open the project's flag list in PostHog. */
    @GET
    @Path("/open")
    public Response openInPostHog() {
        URI target = UriBuilder.fromUri(settings.appHost())
                .path("project/{id}/feature_flags")
                .queryParam("personal_api_key", settings.personalApiKey())
                .build(settings.projectId());
        return Response.seeOther(target).build();
    }
}
