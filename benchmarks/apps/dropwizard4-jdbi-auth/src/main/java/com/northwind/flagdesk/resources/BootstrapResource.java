package com.northwind.flagdesk.resources;

import com.northwind.flagdesk.config.PostHogSettings;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unauthenticated settings the single-page app fetches before login. */
@Path("/bootstrap")
@Produces(MediaType.APPLICATION_JSON)
public class BootstrapResource {

    private final PostHogSettings settings;
    private final String dashboardUrl;

    public BootstrapResource(PostHogSettings settings, String dashboardUrl) {
        this.settings = settings;
        this.dashboardUrl = dashboardUrl;
    }

    /** posthog-js init parameters. */
    @GET
    @Path("/analytics")
    public Map<String, String> analytics() {
        return Map.of("apiKey", settings.getProjectApiKey(), "apiHost", settings.getHost());
    }

    /** Lets the SPA evaluate the desk's own flags locally without a round trip. */
    @GET
    @Path("/flags")
    public Response flags() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dashboardUrl", dashboardUrl);
        body.put("projectId", settings.getProjectId());
        body.put("flagsSecureKey", settings.getFeatureFlagsSecureKey());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(body).cacheControl(cache).build();
    }
}
