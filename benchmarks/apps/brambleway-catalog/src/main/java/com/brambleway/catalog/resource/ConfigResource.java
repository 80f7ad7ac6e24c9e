package com.brambleway.catalog.resource;

import com.brambleway.catalog.config.CatalogConfig;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * Small bootstrap script included by every storefront page before posthog-js.
 */
@Path("/config.js")
public class ConfigResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final CatalogConfig config;

    public ConfigResource(CatalogConfig config) {
        this.config = config;
    }

    @GET
    @Produces("application/javascript")
    public Response script(@CookieParam("ph_distinct_id") String distinctId) {
        String id = distinctId != null ? distinctId : UUID.randomUUID().toString();
        String js = "window.BRAMBLEWAY = {posthogKey: '" + config.projectApiKey()
                + "', posthogHost: '" + config.posthogHost() + "', distinctId: '" + id + "'};";
        NewCookie cookie = new NewCookie.Builder("ph_distinct_id").value(id).path("/").maxAge(ONE_YEAR).build();
        return Response.ok(js).cookie(cookie).build();
    }
}
