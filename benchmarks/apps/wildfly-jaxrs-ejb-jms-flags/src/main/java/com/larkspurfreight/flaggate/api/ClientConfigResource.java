package com.larkspurfreight.flaggate.api;

import com.larkspurfreight.flaggate.config.PostHogSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Configuration consumed by the browser: the public storefront and the ops console SPA.
 */
@Path("/client-config")
@Produces(MediaType.APPLICATION_JSON)
public class ClientConfigResource {

    @Inject
    PostHogSettings settings;

    public record PublicConfig(String posthogKey, String posthogHost) {
    }

    public record ConsoleConfig(String posthogKey, String posthogHost, String flagsSecureKey, long projectId) {
    }

    @GET
    @Path("/public")
    public Response publicConfig() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(new PublicConfig(settings.projectApiKey(), settings.host())).cacheControl(cache).build();
    }

    /** The console evaluates flags client-side with local evaluation, so it needs the secure key. */
    @GET
    @Path("/console")
    public ConsoleConfig consoleConfig() {
        return new ConsoleConfig(settings.projectApiKey(), settings.host(), settings.featureFlagsSecureKey(), settings.projectId());
    }
}
