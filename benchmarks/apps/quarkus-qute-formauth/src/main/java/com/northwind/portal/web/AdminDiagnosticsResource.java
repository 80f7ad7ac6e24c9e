package com.northwind.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.portal.config.PostHogSettings;
import com.northwind.portal.integration.PostHogIntegrationService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

@Path("/admin/posthog")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminDiagnosticsResource {

    private final PostHogSettings settings;
    private final PostHogIntegrationService integration;

    public AdminDiagnosticsResource(PostHogSettings settings, PostHogIntegrationService integration) {
        this.settings = settings;
        this.integration = integration;
    }

    @GET
    @Path("/config")
    public DiagnosticsView config() {
        return DiagnosticsView.from(settings);
    }

    @GET
    @Path("/flags")
    public Uni<JsonNode> flags() {
        return integration.featureFlags();
    }

    @GET
    @Path("/open-flags")
    public Response openFlagsInPostHog() {
        URI target = URI.create(settings.adminHost() + "/api/projects/" + settings.projectId()
                + "/feature_flags/?personal_api_key=" + settings.personalApiKey());
        return Response.seeOther(target).build();
    }

    @POST
    @Path("/toolbar")
    public Response enableToolbar() {
        NewCookie cookie = new NewCookie.Builder("ph_toolbar_key")
                .value(settings.personalApiKey())
                .path("/")
                .secure(true)
                .httpOnly(false)
                .build();
        return Response.noContent().cookie(cookie).build();
    }
}
