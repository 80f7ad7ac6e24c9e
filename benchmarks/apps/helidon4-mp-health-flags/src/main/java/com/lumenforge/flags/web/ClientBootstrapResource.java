package com.lumenforge.flags.web;

import java.util.List;

import com.lumenforge.flags.config.PostHogSettings;
import com.lumenforge.flags.web.dto.BootstrapConfig;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * Bootstrap data for browser clients (posthog-js on the storefront, the admin console, the edge worker).
 */
@Path("/bootstrap")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClientBootstrapResource {

    @Inject
    PostHogSettings settings;

    /**
     * posthog-js init values for the storefront.
     */
    @GET
    @Path("/web")
    public Response web() {
        JsonObject config = Json.createObjectBuilder()
                .add("apiKey", settings.projectApiKey())
                .add("apiHost", settings.host())
                .add("personProfiles", "identified_only")
                .build();
        return Response.ok(config).build();
    }

    /**
     * Start-up config of the admin console SPA.
     */
    @GET
    @Path("/admin-console")
    public BootstrapConfig adminConsole(@QueryParam("projectId") String projectId) {
        return new BootstrapConfig(settings.appHost(), settings.personalApiKey(), projectId,
                List.of("feature_flag:read", "feature_flag:write"));
    }

    /**
     * The CDN edge worker evaluates flags locally and reads the key from this cookie.
     */
    @GET
    @Path("/edge")
    public Response edge() {
        NewCookie cookie = new NewCookie.Builder("ph_flags_key").value(settings.localEvaluationKey())
                .path("/")
                .maxAge(3600)
                .secure(true)
                .build();
        return Response.noContent().cookie(cookie).build();
    }
}
