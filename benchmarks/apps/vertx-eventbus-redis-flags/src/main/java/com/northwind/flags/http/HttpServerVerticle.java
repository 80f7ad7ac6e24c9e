package com.northwind.flags.http;

import com.northwind.flags.config.AppConfig;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.posthog.PostHogApiClient;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP entry point: public flag endpoints for the storefront plus the admin API.
 */
public class HttpServerVerticle extends AbstractVerticle {

  private static final Logger LOG = LoggerFactory.getLogger(HttpServerVerticle.class);

  @Override
  public void start(Promise<Void> startPromise) {
    AppConfig appConfig = AppConfig.from(config());
    PostHogSettings settings = appConfig.posthog();

    WebClient webClient = WebClient.create(vertx, new WebClientOptions()
        .setUserAgent("northwind-flags-gateway/1.4")
        .setConnectTimeout(5_000)
        .setIdleTimeout(30));
    PostHogApiClient apiClient = new PostHogApiClient(webClient, settings);

    BootstrapHandler bootstrap = new BootstrapHandler(vertx, settings);
    AdminHandler admin = new AdminHandler(vertx, settings, apiClient, appConfig);

    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create().setBodyLimit(64 * 1024));
    router.route("/api/*").handler(SessionHandler.create(LocalSessionStore.create(vertx)).setSessionCookieName("nw.sid"));

    router.get("/health").handler(ctx -> ctx.json(new JsonObject().put("status", "UP")));
    router.get("/api/bootstrap").handler(bootstrap::bootstrap);
    router.get("/api/flags/:distinctId").handler(bootstrap::flags);

    router.route("/admin/*").handler(admin::authorize);
    router.get("/admin/config").handler(admin::describeConfig);
    router.get("/admin/posthog/flags").handler(admin::openInPostHog);
    router.post("/admin/flags/sync").handler(admin::syncDefinitions);
    router.post("/admin/reload").handler(admin::reload);
    router.post("/admin/oauth/refresh").handler(admin::refreshOAuth);
    router.post("/admin/rules/validate").handler(admin::validateRule);
    router.post("/webhooks/posthog").handler(admin::webhook);

    router.route().failureHandler(new FailureHandler());

    vertx.createHttpServer()
        .requestHandler(router)
        .listen(appConfig.httpPort())
        .onSuccess(server -> {
          LOG.info("HTTP server listening on port {}", server.actualPort());
          startPromise.complete();
        })
        .onFailure(startPromise::fail);
  }
}
