package com.larkspur.flagdesk.rest;

import com.larkspur.flagdesk.config.PostHogSettings;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * Server-rendered admin UI (Qute).
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    @Inject
    PostHogSettings settings;

    @Inject
    @Location("dashboard.html")
    Template dashboard;

    @Inject
    @Location("console.html")
    Template console;

    @GET
    @Path("/dashboard")
    public TemplateInstance dashboard() {
        return dashboard
                .data("projectApiKey", settings.projectApiKey())
                .data("host", settings.host())
                .data("projectId", settings.projectId())
                .data("flagsSecureKey", settings.featureFlagsSecureApiKey());
    }

    /** Query console: the page's JS calls the PostHog private API directly. */
    @GET
    @Path("/console")
    public Response console() {
        NewCookie apiCookie = new NewCookie("ph_console_key", settings.personalApiKey(), "/ui", null, null, NewCookie.DEFAULT_MAX_AGE, true);
        return Response.ok(console.data("projectId", settings.projectId()).render())
                .cookie(apiCookie)
                .build();
    }
}
