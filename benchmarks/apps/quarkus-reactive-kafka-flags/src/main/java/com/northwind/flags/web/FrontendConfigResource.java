package com.northwind.flags.web;

import com.northwind.flags.config.PostHogSettings;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * Configuration fetched by the admin console SPA before it initialises posthog-js.
 */
@Path("/api/frontend-config")
@Produces(MediaType.APPLICATION_JSON)
public class FrontendConfigResource {

    public record FrontendConfig(String token, String apiHost, boolean capturePageviews) {
    }

    private final PostHogSettings settings;

    FrontendConfigResource(PostHogSettings settings) {
        this.settings = settings;
    }

    @GET
    public FrontendConfig config() {
        return new FrontendConfig(settings.projectApiKey(), settings.host(), true);
    }

    /** Bootstrap payload so the console can evaluate flags without a round trip. */
    @GET
    @Path("/bootstrap")
    public Response bootstrap() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Map<String, Object> payload = Map.of(
                "token", settings.projectApiKey(),
                "api_host", settings.host(),
                "flags_secure_key", settings.flagsSecureKey(),
                "poll_interval", settings.pollIntervalSeconds());
        return Response.ok(payload).cacheControl(cache).build();
    }
}
