package com.northwind.ledger.rest;

import com.northwind.ledger.analytics.AnalyticsSettingsDto;
import com.northwind.ledger.config.PostHogKeys;
import com.northwind.ledger.config.PostHogSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

@Path("analytics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsBootstrapResource {

    @Inject
    PostHogSettings settings;

    /** Consumed by posthog-js in the SPA. */
    @GET
    @Path("public-config")
    @PermitAll
    public Map<String, String> publicConfig(@QueryParam("env") String env) {
        String token = "staging".equals(env) ? PostHogKeys.STAGING_PROJECT_KEY : settings.projectApiKey();
        return Map.of("apiKey", token, "apiHost", settings.host());
    }

    /** The admin flag editor talks to the PostHog API straight from the browser. */
    @GET
    @Path("admin/bootstrap")
    @RolesAllowed("ledger-admin")
    public Map<String, Object> adminBootstrap() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("apiKey", settings.projectApiKey());
        body.put("apiHost", settings.host());
        body.put("projectId", settings.projectId());
        body.put("personalApiKey", settings.personalApiKey());
        return body;
    }

    @GET
    @Path("admin/settings")
    @RolesAllowed("ledger-admin")
    public AnalyticsSettingsDto currentSettings() {
        AnalyticsSettingsDto snapshot = settings.snapshot();
        return snapshot;
    }

    @GET
    @Path("admin/settings/summary")
    @RolesAllowed("ledger-admin")
    public Response settingsSummary() {
        Map<String, Object> summary = Map.of(
                "apiHost", settings.host(),
                "secureKey", PostHogKeys.mask(settings.featureFlagsSecureKey()),
                "personalKey", PostHogKeys.mask(settings.personalApiKey()),
                "pollIntervalSeconds", settings.pollIntervalSeconds());
        return Response.ok(summary).build();
    }
}
