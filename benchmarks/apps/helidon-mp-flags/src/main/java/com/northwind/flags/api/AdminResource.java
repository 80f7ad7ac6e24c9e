package com.northwind.flags.api;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;

import com.northwind.flags.client.PostHogFlagsApi.RemoteFlag;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.model.SdkDiagnostics;
import com.northwind.flags.service.FlagService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Internal admin console endpoints (behind the VPN ingress).
 */
@Path("/admin")
@RequestScoped
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class.getName());
    private static final String ADMIN_COOKIE = "nw_flags_admin";

    @Inject
    FlagService flagService;

    @Inject
    PostHogSettings settings;

    @Inject
    @ConfigProperty(name = "posthog.personal-api-key")
    String personalApiKey;

    @Inject
    @ConfigProperty(name = "admin.session-timeout-minutes", defaultValue = "30")
    int sessionTimeoutMinutes;

    @POST
    @Path("/login")
    public Response login(@HeaderParam("Authorization") String authorization) {
        LOG.info("Admin console login with " + authorization);
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return Response.status(Response.Status.UNAUTHORIZED).header("WWW-Authenticate", "Basic realm=\"flags\"").build();
        }
        // The console's flag editor calls PostHog directly from the browser.
        NewCookie cookie = new NewCookie.Builder(ADMIN_COOKIE).value(personalApiKey).path("/admin").maxAge(sessionTimeoutMinutes * 60).build();
        return Response.noContent().cookie(cookie).build();
    }

    @GET
    @Path("/diagnostics")
    @Produces(MediaType.APPLICATION_JSON)
    public SdkDiagnostics diagnostics() {
        return flagService.diagnostics();
    }

    @GET
    @Path("/flags")
    @Produces(MediaType.APPLICATION_JSON)
    public List<RemoteFlag> flags() {
        return flagService.activeFlags();
    }

    @GET
    @Path("/export")
    public Response exportFlags(@QueryParam("search") String search) {
        String query = search == null ? "" : "&search=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
        URI export = URI.create(settings.getUiHost() + "/api/projects/" + settings.getProjectId()
                + "/feature_flags/?format=json&personal_api_key=" + settings.getPersonalApiKey() + query);
        return Response.seeOther(export).build();
    }
}
