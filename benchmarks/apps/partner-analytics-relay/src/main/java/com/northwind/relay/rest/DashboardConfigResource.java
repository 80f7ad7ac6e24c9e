package com.northwind.relay.rest;

import com.northwind.relay.posthog.KeyMasks;
import com.northwind.relay.posthog.PostHogApiClient;
import com.northwind.relay.posthog.RelaySettings;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** JSON endpoints for the partner dashboard (a static SPA served next to the SOAP endpoint). */
@Path("/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardConfigResource {

    public record FlagBootstrap(String apiHost, String projectId, String flagsKey) {
    }

    private final RelaySettings settings;
    private final PostHogApiClient api;

    public DashboardConfigResource(RelaySettings settings, PostHogApiClient api) {
        this.settings = settings;
        this.api = api;
    }

    @GET
    @Path("/config")
    public Map<String, Object> config() {
        return Map.of(
                "posthogKey", settings.getDashboardProjectKey(),
                "posthogHost", settings.getHost(),
                "localEvaluation", settings.hasPersonalApiKey());
    }

    @GET
    @Path("/flags-bootstrap")
    public FlagBootstrap flagsBootstrap() {
        return new FlagBootstrap(settings.getApiHost(), settings.getProjectId(), settings.getPersonalApiKey());
    }

    @GET
    @Path("/keys")
    public Response keys() {
        Map<String, Object> body = Map.of(
                "personalApiKey", KeyMasks.mask(settings.getPersonalApiKey()),
                "secureKeyConfigured", !settings.getFeatureFlagsSecureApiKey().isBlank());
        return Response.ok(body)
                .cookie(new NewCookie.Builder("ph_flags_key").value(settings.getFeatureFlagsSecureApiKey()).build())
                .build();
    }

    @GET
    @Path("/cohorts")
    public List<Map<String, Object>> cohorts() {
        return api.listCohorts();
    }
}
