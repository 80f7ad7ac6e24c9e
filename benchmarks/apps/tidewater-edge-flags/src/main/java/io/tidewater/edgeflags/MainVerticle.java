package io.tidewater.edgeflags;

import com.posthog.server.PostHogInterface;
import io.tidewater.edgeflags.config.FlagsConfig;
import io.tidewater.edgeflags.config.Masking;
import io.tidewater.edgeflags.posthog.LocalEvalFetcher;
import io.tidewater.edgeflags.posthog.PostHogClients;
import io.tidewater.edgeflags.web.FailureHandler;
import io.tidewater.edgeflags.web.FlagHandlers;
import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class MainVerticle extends AbstractVerticle {

  private static final Logger log = LoggerFactory.getLogger(MainVerticle.class);

  @Override
  public void start(Promise<Void> startPromise) {
    ConfigStoreOptions file = new ConfigStoreOptions()
        .setType("file")
        .setConfig(new JsonObject().put("path", "config.json"));
    ConfigStoreOptions env = new ConfigStoreOptions().setType("env");
    ConfigRetriever retriever = ConfigRetriever.create(vertx,
        new ConfigRetrieverOptions().addStore(file).addStore(env));

    retriever.getConfig()
        .onFailure(startPromise::fail)
        .onSuccess(json -> {
          FlagsConfig flags = FlagsConfig.from(json);
          log.info("Edge flags starting with {}", flags);
          log.info("PostHog host={} personal key set={} ({} chars)",
              flags.host(), flags.personalApiKey() != null, Masking.lengthOf(flags.personalApiKey()));
          log.info("Local evaluation uses the {} key", flags.localEvaluationKey());
          if (json.getBoolean("dumpConfig", false)) {
            log.debug("Effective configuration:\n{}", json.encodePrettily());
          }

          PostHogInterface posthog = PostHogClients.create(flags);
          LocalEvalFetcher fetcher = new LocalEvalFetcher(WebClient.create(vertx), flags);
          FlagHandlers handlers = new FlagHandlers(flags, posthog, fetcher);

          Router router = Router.router(vertx);
          router.route().handler(BodyHandler.create());
          router.route().handler(SessionHandler.create(LocalSessionStore.create(vertx)));
          router.route().handler(handlers::accessLog);
          router.get("/flags/bootstrap").handler(handlers::bootstrap);
          router.post("/flags/evaluate").handler(handlers::evaluate);
          router.get("/admin/posthog").handler(handlers::adminStatus);
          router.get("/admin/posthog/credentials").handler(handlers::adminCredentials);
          router.post("/admin/posthog/sync").handler(handlers::sync);
          router.route().failureHandler(new FailureHandler());

          int port = json.getInteger("http.port", 8088);
          vertx.createHttpServer()
              .requestHandler(router)
              .listen(port)
              .onSuccess(server -> {
                log.info("Listening on {}", server.actualPort());
                startPromise.complete();
              })
              .onFailure(startPromise::fail);
        });
  }
}
