package com.tessaline.flaggate.web;

import com.posthog.server.PostHogInterface;
import com.tessaline.flaggate.config.GatewayConfig;
import com.tessaline.flaggate.oauth.PostHogOAuthClient;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;
import io.vertx.ext.web.templ.handlebars.HandlebarsTemplateEngine;

/**
 * Wires every route of the gateway.
 */
public final class GatewayRouter {

    private GatewayRouter() {
    }

    public static Router create(Vertx vertx, GatewayConfig config, PostHogInterface posthog,
                                PostHogInterface audit) {
        Router router = Router.router(vertx);

        router.route().handler(SessionHandler.create(LocalSessionStore.create(vertx)));
        router.route().handler(new RequestContextHandler());
        router.route().handler(BodyHandler.create());

        FlagHandler flags = new FlagHandler(config, posthog, audit);
        BootstrapHandler bootstrap = new BootstrapHandler(config, HandlebarsTemplateEngine.create(vertx));
        AdminHandler admin = new AdminHandler(config);
        OAuthCallbackHandler oauth = new OAuthCallbackHandler(config, new PostHogOAuthClient(vertx, config));

        router.get("/health").handler(ctx -> ctx.response().end("ok"));
        router.get("/flags/definitions").handler(flags::definitions);
        router.get("/flags/:distinctId").handler(flags::evaluate);
        router.get("/bootstrap").handler(bootstrap::bootstrap);
        router.get("/snippet.js").handler(bootstrap::snippet);
        router.get("/debug/flags").handler(bootstrap::debugPage);
        router.get("/oauth/callback").handler(oauth::callback);

        router.route("/admin/*").handler(admin);
        router.post("/admin/refresh").handler(admin::refresh);
        router.get("/admin/keys").handler(admin::keys);

        router.route().failureHandler(new FailureHandler());
        return router;
    }
}
