package com.northwind.flags.posthog;

import com.northwind.flags.cache.RedisFlagCache;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.config.PostHogSettings.ApiKeyKind;
import com.northwind.flags.eventbus.Addresses;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates feature flags for a distinct id, backed by Redis and PostHog local evaluation.
 * Consumes {@link Addresses#FLAGS_EVALUATE} and {@link Addresses#FLAGS_RELOAD}.
 */
public class FlagEvaluationVerticle extends AbstractVerticle {

  private static final Logger LOG = LoggerFactory.getLogger(FlagEvaluationVerticle.class);

  private PostHogSettings settings;
  private PostHogInterface postHog;
  private PostHogApiClient apiClient;
  private RedisFlagCache cache;

  @Override
  public void start(Promise<Void> startPromise) {
    AppConfig appConfig = AppConfig.from(config());
    settings = appConfig.posthog();
    postHog = settings.debug()
        ? PostHogClientFactory.createDiagnostic(settings)
        : PostHogClientFactory.create(settings);
    apiClient = new PostHogApiClient(WebClient.create(vertx), settings);

    ApiKeyKind apiKey = settings.localEvaluationKeyKind();
    LOG.info("Local evaluation uses the {} key, polling every {}s", apiKey, settings.pollIntervalSeconds());

    RedisFlagCache.connect(vertx, appConfig, settings.localEvaluationKey())
        .onSuccess(c -> {
          cache = c;
          vertx.eventBus().<JsonObject>consumer(Addresses.FLAGS_EVALUATE, this::evaluate);
          vertx.eventBus().<JsonObject>consumer(Addresses.FLAGS_RELOAD, this::reload);
          startPromise.complete();
        })
        .onFailure(startPromise::fail);
  }

  @Override
  public void stop() {
    if (postHog != null) {
      postHog.close();
    }
  }

  private void evaluate(Message<JsonObject> msg) {
    String distinctId = msg.body().getString("distinctId");
    JsonArray flagKeys = msg.body().getJsonArray("flags", new JsonArray());

    cache.get(distinctId)
        .compose(cached -> cached != null
            ? Future.succeededFuture(cached)
            : vertx.<JsonObject>executeBlocking(() -> evaluateRemote(distinctId, flagKeys))
                .compose(fresh -> cache.put(distinctId, fresh).map(fresh)))
        .onSuccess(msg::reply)
        .onFailure(err -> {
          LOG.warn("Flag evaluation failed for {}: {}", distinctId, err.getMessage());
          msg.fail(500, "flag evaluation failed");
        });
  }

  private JsonObject evaluateRemote(String distinctId, JsonArray flagKeys) {
    JsonObject result = new JsonObject();
    for (Object key : flagKeys) {
      String flagKey = String.valueOf(key);
      boolean enabled = postHog.isFeatureEnabled(distinctId, flagKey, false);
      result.put(flagKey, enabled);
      apiClient.captureFlagCalled(distinctId, flagKey, enabled);
    }
    return result;
  }

  /** Rebuilds the PostHog client, optionally with SDK request logging for troubleshooting. */
  private void reload(Message<JsonObject> msg) {
    boolean verbose = msg.body().getBoolean("verbose", false);
    PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
        .host(settings.host())
        .pollIntervalSeconds(settings.pollIntervalSeconds())
        .build();
    config.setPersonalApiKey(settings.localEvaluationKey());
    if (verbose) {
      config.setDebug(true);
    }
    PostHogInterface previous = postHog;
    postHog = PostHog.with(config);
    previous.close();
    cache.invalidateAll()
        .onComplete(ar -> {
          LOG.info("PostHog client reloaded (verbose={}, cacheCleared={})", verbose, ar.succeeded());
          msg.reply(new JsonObject().put("reloaded", true).put("verbose", verbose));
        });
  }
}
