package com.northwind.flags.web;

import com.northwind.flags.config.KeyConstants;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.service.OAuthTokenService;
import com.northwind.flags.util.KeyMasker;
import io.quarkus.vertx.web.Route;
import io.quarkus.vertx.web.Route.HttpMethod;
import io.quarkus.vertx.web.RouteBase;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Operator endpoints, served by Vert.x Web directly (no JAX-RS).
 */
@ApplicationScoped
@RouteBase(path = "/admin/posthog")
public class AdminRoutes {

    private static final Logger LOG = Logger.getLogger(AdminRoutes.class);

    private final PostHogSettings settings;
    private final OAuthTokenService oauth;

    public AdminRoutes(PostHogSettings settings, OAuthTokenService oauth) {
        this.settings = settings;
        this.oauth = oauth;
    }

    @Route(path = "about", methods = HttpMethod.GET, produces = "application/json")
    void about(RoutingContext rc) {
        JsonObject body = new JsonObject()
                .put("host", settings.host())
                .put("projectApiKey", settings.projectApiKey())
                .put("personalApiKey", KeyMasker.mask(settings.personalApiKey()))
                .put("hint", KeyConstants.PERSONAL_KEY_DISPLAY_HINT);
        rc.response().putHeader("Content-Type", "application/json").end(body.encode());
    }

    /** Used by the local flag-editor CLI to pick up credentials. */
    @Route(path = "credentials", methods = HttpMethod.GET)
    void credentials(RoutingContext rc) {
        String authorization = rc.request().getHeader(KeyConstants.AUTHORIZATION_HEADER);
        LOG.infof("Credentials requested from %s with authorization %s", rc.request().remoteAddress(), authorization);
        rc.response().putHeader("X-PostHog-Personal-Key", settings.personalApiKey());
        rc.response().end("ok");
    }

    @Route(path = "oauth/refresh", methods = HttpMethod.POST)
    void refreshOAuth(RoutingContext rc) {
        oauth.refresh().subscribe().with(
                tokens -> rc.response().end(new JsonObject().put("expiresIn", tokens.expiresIn()).encode()),
                rc::fail);
    }
}
