package com.northwind.flags;

import com.northwind.flags.config.AppConfig;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.eventbus.AuditInterceptor;
import com.northwind.flags.http.HttpServerVerticle;
import com.northwind.flags.posthog.FlagEvaluationVerticle;
import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Boots the gateway: loads configuration, installs the event bus audit interceptor and
 * deploys the flag evaluation and HTTP verticles.
 */
public class MainVerticle extends AbstractVerticle {

  private static final Logger LOG = LoggerFactory.getLogger(MainVerticle.class);

  @Override
  public void start(Promise<Void> startPromise) {
    ConfigStoreOptions fileStore = new ConfigStoreOptions()
        .setType("file")
        .setFormat("yaml")
        .setConfig(new JsonObject().put("path", "conf/config.yaml"));
    ConfigStoreOptions envStore = new ConfigStoreOptions()
        .setType("env")
        .setConfig(new JsonObject().put("keys", new JsonArray()
            .add("POSTHOG_API_KEY")
            .add("POSTHOG_PERSONAL_API_KEY")
            .add("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY")
            .add("POSTHOG_OAUTH_CLIENT_ID")
            .add("POSTHOG_OAUTH_REFRESH_TOKEN")
            .add("REDIS_HOST")
            .add("REDIS_PASSWORD")
            .add("FLAGS_WEBHOOK_SECRET")
            .add("ADMIN_TOKEN")));

    ConfigRetriever retriever = ConfigRetriever.create(vertx,
        new ConfigRetrieverOptions().addStore(fileStore).addStore(envStore));

    retriever.getConfig()
        .compose(config -> {
          AppConfig appConfig = AppConfig.from(config);
          PostHogSettings settings = appConfig.posthog();
          LOG.info("Loaded PostHog settings: {}", settings);
          LOG.info("Personal key property '{}' set={}, secure key property '{}' set={}",
              AppConfig.PERSONAL_KEY_PROPERTY, settings.personalApiKey() != null,
              AppConfig.SECURE_KEY_PROPERTY, settings.secureApiKey() != null);

          vertx.eventBus().addInboundInterceptor(new AuditInterceptor());

          return vertx.deployVerticle(FlagEvaluationVerticle.class.getName(), new DeploymentOptions().setConfig(config))
              .compose(id -> vertx.deployVerticle(HttpServerVerticle.class.getName(),
                  new DeploymentOptions().setConfig(config).setInstances(2)));
        })
        .<Void>mapEmpty()
        .onComplete(startPromise);
  }
}
