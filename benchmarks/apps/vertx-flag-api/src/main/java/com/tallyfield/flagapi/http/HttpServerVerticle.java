package com.tallyfield.flagapi.http;

import com.tallyfield.flagapi.config.HttpSettings;
import com.tallyfield.flagapi.config.PostHogSettings;
import com.tallyfield.flagapi.posthog.PostHogApiClient;
import com.tallyfield.flagapi.security.ApiClientCredentials;
import com.tallyfield.flagapi.security.ApiTokenAuthHandler;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.ext.web.handler.LoggerFormat;
import io.vertx.ext.web.handler.LoggerHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;

public class HttpServerVerticle extends AbstractVerticle {

    private static final Logger log = LoggerFactory.getLogger(HttpServerVerticle.class);

    @Override
    public void start(Promise<Void> startPromise) {
        JsonObject conf = config();
        PostHogSettings posthog = PostHogSettings.fromJson(conf.getJsonObject("posthog", new JsonObject()));
        HttpSettings http = HttpSettings.fromJson(conf.getJsonObject("http", new JsonObject()));
        List<ApiClientCredentials> clients = ApiClientCredentials.fromJsonArray(http.apiClients());

        Router router = Router.router(vertx);
        router.route()
                .handler(CorsHandler.create()
                        .addOrigins(http.allowedOrigins())
                        .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PATCH))
                        .allowedHeader("Content-Type")
                        .allowedHeader("Authorization"))
                .handler(LoggerHandler.create(LoggerFormat.SHORT))
                .handler(SessionHandler.create(LocalSessionStore.create(vertx))
                        .setSessionTimeout(http.sessionTimeoutMillis())
                        .setCookieSecureFlag(true))
                .handler(new RequestContextHandler())
                .handler(BodyHandler.create().setBodyLimit(64 * 1024));

        DiagnosticsHandler diagnostics = new DiagnosticsHandler(conf.getString("profile", "local"), posthog, http);
        BootstrapHandler bootstrap = new BootstrapHandler(vertx, posthog);
        DashboardLinkHandler dashboard = new DashboardLinkHandler(posthog);
        FlagAdminHandler flags = new FlagAdminHandler(vertx, new PostHogApiClient(vertx, posthog));

        ApiTokenAuthHandler readAuth = new ApiTokenAuthHandler(clients, "flags:read");
        ApiTokenAuthHandler writeAuth = new ApiTokenAuthHandler(clients, "flags:write");
        ApiTokenAuthHandler opsAuth = new ApiTokenAuthHandler(clients, "ops");

        router.get("/health").handler(diagnostics::health);
        router.get("/bootstrap/web").handler(bootstrap::web);
        router.get("/bootstrap/mobile").handler(bootstrap::mobile);

        router.get("/internal/posthog/status").handler(opsAuth).handler(diagnostics::posthogStatus);
        router.get("/internal/config").handler(opsAuth).handler(diagnostics::effectiveConfig);

        router.get("/api/flags").handler(readAuth).handler(flags::list);
        router.post("/api/flags/:key/evaluate").handler(readAuth).handler(flags::evaluate);
        router.patch("/api/flags/:id/rollout").handler(writeAuth).handler(flags::updateRollout);

        router.get("/admin/flags/editor").handler(dashboard::openEditor);
        router.get("/admin/flags/:flagId/open").handler(dashboard::openInPostHog);
        router.get("/admin/flags/:flagId/export").handler(dashboard::exportDefinition);
        router.route("/admin/*").handler(StaticHandler.create("webroot/admin"));

        router.route().failureHandler(new FailureHandler());

        vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true))
                .requestHandler(router)
                .listen(http.port())
                .onSuccess(server -> {
                    log.info("Flag API listening on port {} with {} API clients", server.actualPort(), clients.size());
                    startPromise.complete();
                })
                .onFailure(startPromise::fail);
    }
}
