package com.northwind.flags;

import com.northwind.flags.capture.CaptureForwarderVerticle;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.config.ConfigLoader;
import com.northwind.flags.config.PostHogKeys;
import com.northwind.flags.posthog.FlagEvaluationVerticle;
import com.northwind.flags.sync.FlagDefinitionsSyncVerticle;
import com.northwind.flags.web.HttpServerVerticle;
import io.vertx.config.ConfigRetriever;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.ThreadingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point: loads the configuration and deploys the worker and HTTP verticles.
 */
public class MainVerticle extends AbstractVerticle {

  private static final Logger LOG = LoggerFactory.getLogger(MainVerticle.class);

  @Override
  public void start(Promise<Void> startPromise) {
    ConfigRetriever retriever = ConfigLoader.retriever(vertx);
    retriever.getConfig()
        .map(AppConfig::from)
        .compose(this::deployAll)
        .onSuccess(v -> startPromise.complete())
        .onFailure(startPromise::fail);

    retriever.listen(change ->
        LOG.info("Configuration changed ({} entries); restart the service to apply it",
            change.getNewConfiguration().size()));
  }

  private Future<Void> deployAll(AppConfig config) {
    ConfigLoader.dumpIfRequested(config);
    LOG.info("Starting feature-flag service with {}", config);

    if (PostHogKeys.PLACEHOLDER_PERSONAL_KEY.equals(config.personalApiKey())) {
      LOG.warn("{} still holds the placeholder {}; local evaluation will fail",
          PostHogKeys.PERSONAL_KEY_ENV, PostHogKeys.PLACEHOLDER_PERSONAL_KEY);
    }
    LOG.info("PostHog personal key in use: {}", config.personalApiKey().substring(0, 4) + "****");
    LOG.info("Feature flags secure key configured: {}", !config.secureApiKey().isBlank());

    DeploymentOptions workers = new DeploymentOptions().setThreadingModel(ThreadingModel.WORKER);
    return Future.all(
            vertx.deployVerticle(new FlagEvaluationVerticle(config), workers),
            vertx.deployVerticle(new FlagDefinitionsSyncVerticle(config)),
            vertx.deployVerticle(new CaptureForwarderVerticle(config)))
        .compose(deployed -> vertx.deployVerticle(new HttpServerVerticle(config)))
        .mapEmpty();
  }
}
