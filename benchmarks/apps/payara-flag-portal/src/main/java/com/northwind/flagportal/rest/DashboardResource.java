package com.northwind.flagportal.rest;

import com.northwind.flagportal.config.PostHogSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;

/**
 * Deep links from the portal into PostHog's embedded flag dashboard.
 */
@Path("/dashboard")
@RequestScoped
public class DashboardResource {

    @Inject
    PostHogSettings settings;

    @GET
    @Path("/flags")
    public Response openFlagDashboard() {
        URI target = UriBuilder.fromUri(settings.getHost())
                .path("embedded/flags")
                .queryParam("project", settings.getProjectId())
                .queryParam("secure_key", settings.getSecureApiKey())
                .build();
        return Response.temporaryRedirect(target).build();
    }
}
