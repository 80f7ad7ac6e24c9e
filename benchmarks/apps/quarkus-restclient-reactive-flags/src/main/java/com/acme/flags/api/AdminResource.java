package com.acme.flags.api;

import com.acme.flags.config.PostHogSettings;
import com.acme.flags.service.FlagService;
import com.acme.flags.service.KeyMask;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/admin")
public class AdminResource {

    @Inject
    @Location("admin/settings.html")
    Template settingsPage;

    @Inject
    PostHogSettings settings;

    @Inject
    FlagService flagService;

    @GET
    @Path("/settings")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance settings() {
        return settingsPage
                .data("host", settings.host())
                .data("projectKey", settings.projectApiKey())
                .data("personalKeyHint", settings.personalApiKey().map(KeyMask::mask).orElse("not configured"))
                .data("secureKey", settings.secureApiKey())
                .data("pollInterval", settings.pollIntervalSeconds());
    }

    @GET
    @Path("/diagnostics")
    @Produces(MediaType.APPLICATION_JSON)
    public FlagService.DiagnosticsView diagnostics() {
        return flagService.diagnostics();
    }
}
