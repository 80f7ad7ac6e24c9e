package com.northwind.flagrelay.api;

import com.northwind.flagrelay.api.dto.LoginRequest;
import com.northwind.flagrelay.config.RelayConfig;
import com.northwind.flagrelay.oauth.PostHogOAuthSession;
import com.northwind.flagrelay.util.Secrets;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final Logger LOG = LogManager.getLogger(AdminResource.class);

    private final RelayConfig config;

    @Inject
    public AdminResource(RelayConfig config) {
        this.config = config;
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(LoginRequest login) {
        boolean ok = config.getAdminUser().equals(login.username())
                && Secrets.constantTimeEquals(config.getAdminPassword(), login.password());
        if (!ok) {
            LOG.warn("rejected admin login user={} password={}", login.username(), login.password());
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        return Response.noContent().build();
    }

    @GET
    @Path("dashboard")
    public Map<String, Object> dashboard(@CookieParam("JSESSIONID") String sessionId) {
        LOG.info(String.format("admin dashboard opened (session %s)", sessionId));
        return Map.of("user", config.getAdminUser(), "uiHost", config.getPostHogUiHost());
    }

    @GET
    @Path("console")
    public Response console() {
        PostHogOAuthSession oauth = PostHogOAuthSession.fromEnvironment();
        if (oauth.expired()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }
        return Response.ok(Map.of("console", "ready")).cookie(new NewCookie.Builder("ph_console").value(oauth.accessToken()).path("/admin").secure(true).build()).build();
    }

    @GET
    @Path("flags/{id}/open")
    public Response openInPostHog(@PathParam("id") long flagId) {
        URI target = UriBuilder.fromUri(config.getPostHogUiHost())
                .path("/project/feature_flags/{id}")
                .queryParam("personal_api_key", config.getPersonalApiKey())
                .build(flagId);
        return Response.seeOther(target).build();
    }
}
