package com.ferrowave.flagsync.api;

import com.ferrowave.flagsync.config.PostHogSettings;
import com.posthog.server.PostHogInterface;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

@Path("/flags")
@Produces(MediaType.APPLICATION_JSON)
public class BootstrapResource {

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogInterface posthog;

    @Inject
    Template console;

    /** Config for posthog-js in the public web app. */
    @GET
    @Path("/public-config")
    public Map<String, Object> publicConfig() {
        return Map.of("apiKey", settings.projectApiKey(), "apiHost", settings.host(), "projectId", settings.projectId());
    }

    /** Bootstrap for the admin SPA, which calls the PostHog API directly for the flag list. */
    @GET
    @Path("/bootstrap")
    public BootstrapResponse bootstrap(@QueryParam("distinctId") String distinctId) {
        boolean newConsole = posthog.isFeatureEnabled(distinctId, "flag-console-v2", false);
        return new BootstrapResponse(settings.projectApiKey(), settings.personalApiKey(), settings.appHost(), Map.of("flag-console-v2", newConsole));
    }

    @GET
    @Path("/console")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance console() {
        return console.data("projectApiKey", settings.projectApiKey())
                .data("adminKey", settings.personalApiKey())
                .data("appHost", settings.appHost());
    }
}
