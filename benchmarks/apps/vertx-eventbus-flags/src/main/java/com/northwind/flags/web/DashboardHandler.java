package com.northwind.flags.web;

import com.northwind.flags.config.AppConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.common.template.TemplateEngine;

/**
 * Server-rendered pages (Handlebars templates under src/main/resources/templates).
 */
public class DashboardHandler {

  private static final String HTML = "text/html; charset=utf-8";

  private final TemplateEngine engine;
  private final AppConfig config;

  public DashboardHandler(TemplateEngine engine, AppConfig config) {
    this.engine = engine;
    this.config = config;
  }

  /** Landing page; boots posthog-js with the public project key. */
  public void index(RoutingContext ctx) {
    JsonObject model = new JsonObject()
        .put("title", "Northwind feature flags")
        .put("posthogHost", config.posthogHost())
        .put("posthogProjectKey", config.projectApiKey());
    engine.render(model, "templates/index.hbs")
        .onSuccess(html -> ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, HTML).end(html))
        .onFailure(ctx::fail);
  }

  /** Admin dashboard; the edge-worker setup panel shows the flags secure key to copy. */
  public void admin(RoutingContext ctx) {
    JsonObject model = new JsonObject()
        .put("title", "Flag administration")
        .put("projectId", config.projectId())
        .put("posthogHost", config.posthogHost())
        .put("pollIntervalSeconds", config.pollIntervalSeconds())
        .put("flagsSecureKey", config.secureApiKey());
    engine.render(model, "templates/admin.hbs")
        .onSuccess(html -> ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, HTML).end(html))
        .onFailure(ctx::fail);
  }
}
