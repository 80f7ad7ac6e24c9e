package com.tessaline.flaggate.web;

import com.tessaline.flaggate.config.GatewayConfig;
import com.tessaline.flaggate.posthog.FlagRefreshVerticle;
import com.tessaline.flaggate.util.KeyMasker;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * /admin/* – Basic-auth protected operations for the on-call engineer.
 */
public class AdminHandler implements Handler<RoutingContext> {

    private static final Logger log = LoggerFactory.getLogger(AdminHandler.class);

    private final GatewayConfig config;

    public AdminHandler(GatewayConfig config) {
        this.config = config;
    }

    /** Guard for every /admin route. */
    @Override
    public void handle(RoutingContext ctx) {
        String authHeader = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        log.atDebug().addKeyValue("authorization", authHeader).log("admin request to {}", ctx.normalizedPath());

        if (authHeader == null || !authHeader.startsWith("Basic ")) {
            unauthorized(ctx);
            return;
        }
        String decoded = new String(Base64.getDecoder().decode(authHeader.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        String user = colon > 0 ? decoded.substring(0, colon) : decoded;
        String password = colon > 0 ? decoded.substring(colon + 1) : "";

        if (!"ops".equals(user) || !config.adminPassword().equals(password)) {
            log.warn("Admin login rejected for user={} password={}", user, password);
            unauthorized(ctx);
            return;
        }
        ctx.next();
    }

    /** POST /admin/refresh */
    public void refresh(RoutingContext ctx) {
        ctx.vertx().eventBus().<JsonObject>request(FlagRefreshVerticle.ADDRESS, new JsonObject().put("reason", "admin"))
                .onSuccess(reply -> ctx.json(reply.body()))
                .onFailure(ctx::fail);
    }

    /** GET /admin/keys – lets on-call compare keys across pods without seeing them. */
    public void keys(RoutingContext ctx) {
        String fingerprint = KeyMasker.sha256Fingerprint(config.secureApiKey());
        log.info("Secure key fingerprint requested: {}", fingerprint);
        ctx.json(new JsonObject()
                .put("personalKeyConfigured", config.personalApiKey() != null)
                .put("secureKeyFingerprint", fingerprint));
    }

    private static void unauthorized(RoutingContext ctx) {
        ctx.response()
                .setStatusCode(401)
                .putHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"flaggate\"")
                .end();
    }
}
