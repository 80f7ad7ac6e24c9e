package com.northwind.flags.web;

import com.northwind.flags.config.AppConfig;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.LoggerFormat;
import io.vertx.ext.web.handler.LoggerHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.templ.handlebars.HandlebarsTemplateEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP front: public flag API, server-rendered pages and the admin API.
 */
public class HttpServerVerticle extends AbstractVerticle {

  private static final Logger LOG = LoggerFactory.getLogger(HttpServerVerticle.class);

  private final AppConfig config;

  public HttpServerVerticle(AppConfig config) {
    this.config = config;
  }

  @Override
  public void start(Promise<Void> startPromise) {
    HandlebarsTemplateEngine engine = HandlebarsTemplateEngine.create(vertx);
    DashboardHandler pages = new DashboardHandler(engine, config);
    AdminApiHandler api = new AdminApiHandler(vertx.eventBus(), config);

    Router router = Router.router(vertx);
    router.route().handler(LoggerHandler.create(LoggerFormat.SHORT));
    router.route().handler(BodyHandler.create().setBodyLimit(256 * 1024));
    router.route("/static/*").handler(StaticHandler.create("webroot"));

    router.get("/").handler(pages::index);
    router.get("/api/flags/:flag").handler(api::evaluate);

    router.route("/admin*").handler(new RequestAuditHandler(config));
    router.get("/admin").handler(pages::admin);
    router.get("/admin/api/settings").handler(api::settings);
    router.post("/admin/api/sync").handler(api::syncNow);
    router.get("/admin/api/sync/status").handler(api::syncStatus);
    router.post("/admin/api/diagnose").handler(api::diagnose);
    router.get("/admin/flags-debugger").handler(api::openDebugger);
    router.post("/admin/api/preview-session").handler(api::previewSession);

    router.route().failureHandler(new FailureHandler());

    vertx.createHttpServer()
        .requestHandler(router)
        .listen(config.httpPort())
        .onSuccess(server -> {
          LOG.info("HTTP server listening on {}", server.actualPort());
          startPromise.complete();
        })
        .onFailure(startPromise::fail);
  }
}
