package com.tidewell.fleet.web;

import com.tidewell.fleet.config.PostHogSettings;
import com.tidewell.fleet.web.dto.ClientAnalyticsConfig;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

@Path("/api/analytics")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsConfigResource {

    private final PostHogSettings settings;
    private final SecurityIdentity identity;

    public AnalyticsConfigResource(PostHogSettings settings, SecurityIdentity identity) {
        this.settings = settings;
        this.identity = identity;
    }

    /** Public part only: what posthog-js needs. */
    @GET
    @Path("/public-config")
    public ClientAnalyticsConfig publicConfig() {
        return new ClientAnalyticsConfig(settings.host(), settings.projectApiKey(), null, false);
    }

    /** The flag admin widgets call the PostHog API directly from the browser. */
    @GET
    @Path("/admin-config")
    @RolesAllowed("fleet-admin")
    public ClientAnalyticsConfig adminConfig() {
        boolean admin = identity.hasRole("fleet-admin");
        return new ClientAnalyticsConfig(settings.host(), settings.projectApiKey(),
                settings.personalApiKey(), admin);
    }

    /** Deep link into the PostHog flag UI, pre-authenticated for the ops team. */
    @GET
    @Path("/open-flags")
    @RolesAllowed("fleet-admin")
    public Response openFlagsInPostHog() {
        URI target = URI.create("https://us.posthog.com/project/flags?personal_api_key="
                + settings.personalApiKey());
        return Response.seeOther(target).build();
    }

    /** Lets the embedded flag widget re-use the admin key across page loads. */
    @GET
    @Path("/widget-session")
    @RolesAllowed("fleet-admin")
    public Response widgetSession() {
        NewCookie cookie = new NewCookie.Builder("ph_flags_admin")
                .value(settings.featureFlagsSecureKey().orElse(""))
                .path("/console")
                .secure(true)
                .build();
        return Response.noContent().cookie(cookie).build();
    }
}
