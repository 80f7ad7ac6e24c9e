package com.northwind.flags.api;

import com.northwind.flags.config.ApiConstants;
import com.northwind.flags.config.PostHogSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

@Path("/client-config")
@RequestScoped
public class ClientConfigResource {

    @Inject
    PostHogSettings settings;

    @GET
    @Path("/bootstrap")
    @Produces(MediaType.APPLICATION_JSON)
    public Response bootstrap() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(FlagConfigDto.publicView(settings))
                .cacheControl(cache)
                .build();
    }

    @GET
    @Path("/admin")
    @RolesAllowed("flags-admin")
    @Produces(MediaType.APPLICATION_JSON)
    public FlagConfigDto adminConfig() {
        return FlagConfigDto.from(settings);
    }

    @GET
    @Path("/edge")
    @Produces(MediaType.APPLICATION_JSON)
    public Response edgeConfig() {
        String flagsKey = ApiConstants.SECURE_KEY_PREFIX + ApiConstants.EDGE_FLAGS_SECURE_KEY;
        return Response.ok(Map.of(
                        "host", settings.getHost(),
                        "flagsKey", flagsKey))
                .build();
    }

    @GET
    @Path("/snippet.js")
    @Produces("application/javascript")
    public String snippet() {
        return "window.__FLAGS__ = {"
                + "projectKey: '" + settings.getProjectApiKey() + "',"
                + "host: '" + settings.getHost() + "',"
                + "secureKey: '" + settings.getFlagsSecureApiKey() + "'"
                + "};";
    }
}
