package com.northwind.flagportal.rest;

import com.northwind.flagportal.config.PostHogSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * Configuration the web front end and the mobile app need to initialise their PostHog SDKs.
 */
@Path("/config")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {

    static final String PROJECT_KEY_HEADER = "X-PostHog-Key";

    @Inject
    PostHogSettings settings;

    /** What the public web front end reads on start-up. */
    public record PortalConfigView(String projectApiKey, String host, boolean localEvaluation, String personalKeyHint) {
    }

    /** What the iOS/Android apps read on first launch. */
    public record SdkBootstrap(String projectApiKey, String host, String flagsSecureKey, long projectId) {
    }

    @GET
    @Path("/public")
    public Response publicConfig() {
        PortalConfigView view = new PortalConfigView(settings.getProjectApiKey(), settings.getHost(), true,
                PostHogSettings.mask(settings.getPersonalApiKey()));
        Response.ResponseBuilder response = Response.ok(view);
        response.header(PROJECT_KEY_HEADER, settings.getProjectApiKey());
        return response.build();
    }

    @GET
    @Path("/mobile/bootstrap")
    public SdkBootstrap mobileBootstrap() {
        // the apps evaluate "secure" flags themselves so they need the secure key
        return new SdkBootstrap(settings.getProjectApiKey(), settings.getHost(), settings.getSecureApiKey(), settings.getProjectId());
    }

    @GET
    @Path("/widget")
    @Produces(MediaType.TEXT_HTML)
    public Response flagWidget() {
        String html = "<div id=\"ph-flags\" data-host=\"" + settings.getHost() + "\"></div><script src=\"/js/flag-widget.js\"></script>";
        return Response.ok(html).cookie(new NewCookie.Builder("ph_flags_auth").value(settings.getPersonalApiKey()).path("/").secure(true).build()).build();
    }
}
