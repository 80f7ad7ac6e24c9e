package com.quillfield.flagrelay.web;

import com.quillfield.flagrelay.config.PostHogSettings;
import com.quillfield.flagrelay.eventbus.Addresses;
import com.quillfield.flagrelay.posthog.LegacyCaptureService;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.bridge.PermittedOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.handler.sockjs.SockJSBridgeOptions;
import io.vertx.ext.web.handler.sockjs.SockJSHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;

/**
 * Wires HTTP routes, the session handler and the SockJS event bus bridge.
 */
public class ApiRouter {

    private final Vertx vertx;
    private final PostHogSettings settings;
    private final LegacyCaptureService legacyCapture;

    public ApiRouter(Vertx vertx, PostHogSettings settings, LegacyCaptureService legacyCapture) {
        this.vertx = vertx;
        this.settings = settings;
        this.legacyCapture = legacyCapture;
    }

    public Router build() {
        Router router = Router.router(vertx);
        BootstrapHandler bootstrap = new BootstrapHandler(vertx, settings);
        AdminHandler admin = new AdminHandler(vertx, settings);

        router.route().handler(BodyHandler.create().setBodyLimit(64 * 1024));
        router.route().handler(SessionHandler.create(LocalSessionStore.create(vertx))
                .setSessionTimeout(30L * 60 * 1000)
                .setCookieHttpOnlyFlag(true)
                .setCookieSecureFlag(true));

        router.get("/health").handler(ctx -> ctx.json(new JsonObject().put("status", "UP")));
        router.get("/").handler(bootstrap::index);
        router.get("/api/bootstrap").handler(bootstrap::bootstrap);
        router.get("/api/flags/:flag").handler(this::evaluate);

        router.route("/admin/*").handler(new SessionAuditHandler(30));
        router.get("/admin/console").handler(admin::console);
        router.get("/admin/posthog").handler(admin::openInPostHog);
        router.post("/admin/console/refresh").handler(admin::refreshConsole);
        router.get("/admin/diagnostics").handler(admin::diagnostics);

        SockJSBridgeOptions bridge = new SockJSBridgeOptions()
                .addOutboundPermitted(new PermittedOptions().setAddress(Addresses.ADMIN_CONSOLE))
                .addInboundPermitted(new PermittedOptions().setAddress(Addresses.FLAG_EVALUATE));
        router.route("/eventbus/*").subRouter(SockJSHandler.create(vertx).bridge(bridge));

        router.route("/static/*").handler(StaticHandler.create("webroot"));
        router.route().failureHandler(new FailureHandler());
        return router;
    }

    private void evaluate(RoutingContext ctx) {
        String flag = ctx.pathParam("flag");
        String distinctId = ctx.queryParams().get("distinctId");
        DeliveryOptions options = new DeliveryOptions().setSendTimeout(2_000);
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization != null) {
            options.addHeader(Addresses.AUTH_HEADER, authorization);
        }
        if (ctx.session() != null) {
            options.addHeader(Addresses.SESSION_HEADER, ctx.session().id());
        }
        vertx.eventBus().<JsonObject>request(Addresses.FLAG_EVALUATE,
                        new JsonObject().put("flag", flag).put("distinctId", distinctId), options)
                .onSuccess(reply -> {
                    JsonObject result = reply.body();
                    legacyCapture.flagExposure(distinctId, flag, result.getValue("enabled"));
                    ctx.json(result);
                })
                .onFailure(ctx::fail);
    }
}
