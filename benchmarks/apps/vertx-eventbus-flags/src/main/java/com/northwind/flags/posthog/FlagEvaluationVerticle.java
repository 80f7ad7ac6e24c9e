package com.northwind.flags.posthog;

import com.northwind.flags.bus.Addresses;
import com.northwind.flags.config.AppConfig;
import com.posthog.server.PostHogInterface;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers flag evaluation requests sent over the event bus. Deployed as a worker verticle because
 * the SDK calls may block on the first remote evaluation.
 */
public class FlagEvaluationVerticle extends AbstractVerticle {

  private static final Logger LOG = LoggerFactory.getLogger(FlagEvaluationVerticle.class);

  /** Which PostHog credential authenticates flag definition polling. */
  enum ApiKeyKind { PROJECT, PERSONAL, SECURE }

  private final AppConfig config;
  private final PostHogClientFactory factory;
  private PostHogInterface posthog;
  private PostHogInterface staging;

  public FlagEvaluationVerticle(AppConfig config) {
    this.config = config;
    this.factory = new PostHogClientFactory(config);
  }

  @Override
  public void start() {
    posthog = factory.create();
    staging = factory.createStaging();

    ApiKeyKind apiKey = config.secureApiKey().isBlank() ? ApiKeyKind.PERSONAL : ApiKeyKind.SECURE;
    LOG.info("Flag evaluation ready; local evaluation authenticated with the {} key", apiKey);

    vertx.eventBus().<JsonObject>consumer(Addresses.FLAGS_EVALUATE, this::evaluate);
    vertx.eventBus().<JsonObject>consumer(Addresses.FLAGS_DIAGNOSE, this::diagnose);
  }

  private void evaluate(Message<JsonObject> msg) {
    JsonObject body = msg.body();
    String distinctId = body.getString("distinctId");
    String flagKey = body.getString("flag");
    String guard = body.getString("guard");
    if (guard != null) {
      List<RuleExpressionLexer.Token> tokens = new RuleExpressionLexer(guard).tokenize();
      LOG.debug("Guard for {} tokenized into {} tokens", flagKey, tokens.size());
    }
    PostHogInterface client = body.getBoolean("staging", false) ? staging : posthog;
    Object value = client.getFeatureFlag(distinctId, flagKey, false);
    msg.reply(new JsonObject()
        .put("flag", flagKey)
        .put("distinctId", distinctId)
        .put("value", value));
  }

  private void diagnose(Message<JsonObject> msg) {
    String distinctId = msg.body().getString("distinctId");
    String flagKey = msg.body().getString("flag");
    PostHogInterface verbose = factory.createDiagnostic();
    try {
      boolean enabled = verbose.isFeatureEnabled(distinctId, flagKey, false);
      msg.reply(new JsonObject().put("flag", flagKey).put("enabled", enabled));
    } catch (RuntimeException e) {
      LOG.error("Diagnostic evaluation of {} failed", flagKey, e);
      msg.fail(500, "diagnostic evaluation failed");
    } finally {
      verbose.close();
    }
  }

  @Override
  public void stop() {
    if (posthog != null) {
      posthog.close();
    }
    if (staging != null) {
      staging.close();
    }
  }
}
