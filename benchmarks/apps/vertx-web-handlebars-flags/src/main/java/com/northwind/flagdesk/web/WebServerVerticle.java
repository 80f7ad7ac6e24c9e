package com.northwind.flagdesk.web;

import com.northwind.flagdesk.config.AppConfig;
import com.northwind.flagdesk.posthog.FlagAdminClient;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;
import io.vertx.ext.web.templ.handlebars.HandlebarsTemplateEngine;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class WebServerVerticle extends AbstractVerticle {

    private static final Logger LOG = LoggerFactory.getLogger(WebServerVerticle.class);

    static final String SESSION_COOKIE = "flagdesk.sid";

    private final AppConfig config;
    private final FlagAdminClient adminClient;

    public WebServerVerticle(AppConfig config, FlagAdminClient adminClient) {
        this.config = config;
        this.adminClient = adminClient;
    }

    @Override
    public void start(Promise<Void> startPromise) {
        HandlebarsTemplateEngine engine = HandlebarsTemplateEngine.create(vertx);
        LoginHandler login = new LoginHandler(config, engine);
        DashboardHandler dashboard = new DashboardHandler(config.posthog(), adminClient, engine);
        FlagApiHandler api = new FlagApiHandler(config, adminClient, vertx.eventBus());

        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create().setBodyLimit(64 * 1024));
        router.route().handler(SessionHandler.create(LocalSessionStore.create(vertx))
                .setSessionCookieName(SESSION_COOKIE)
                .setSessionTimeout(TimeUnit.MINUTES.toMillis(config.sessionTimeoutMinutes()))
                .setCookieHttpOnlyFlag(true)
                .setCookieSecureFlag(true)
                .setCookieSameSite(CookieSameSite.LAX));
        router.route("/static/*").handler(StaticHandler.create("webroot"));

        router.get("/login").handler(login::form);
        router.post("/login").handler(login::submit);
        router.post("/logout").handler(login::logout);

        router.get("/").handler(login::requireUser).handler(dashboard::index);
        router.route("/admin*").handler(login::requireUser);
        router.get("/admin").handler(dashboard::admin);
        router.get("/admin/flags/:id/open").handler(dashboard::openInPostHog);

        router.route("/api/*").handler(login::requireUser);
        router.get("/api/bootstrap").handler(api::bootstrap);
        router.get("/api/flags").handler(api::list);
        router.post("/api/flags/:id/toggle").handler(api::toggle);
        router.get("/api/preview").handler(api::preview);

        router.route("/internal/*").handler(api::requireInternalKey);
        router.post("/internal/sync").handler(api::triggerSync);

        router.route().failureHandler(new FailureHandler());

        vertx.createHttpServer()
                .requestHandler(router)
                .listen(config.httpPort())
                .onSuccess(server -> {
                    LOG.info("flagdesk listening on :{} (session timeout {} min)", server.actualPort(),
                            config.sessionTimeoutMinutes());
                    startPromise.complete();
                })
                .onFailure(startPromise::fail);
    }
}
