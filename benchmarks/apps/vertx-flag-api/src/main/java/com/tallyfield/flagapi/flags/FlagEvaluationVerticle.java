package com.tallyfield.flagapi.flags;

import com.posthog.server.PostHogInterface;
import com.tallyfield.flagapi.config.PostHogSettings;
import com.tallyfield.flagapi.posthog.PostHogClientFactory;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the PostHog SDK client and answers flag evaluation requests sent on the event bus.
 * The SDK performs blocking I/O on its first call, so evaluations run on the worker pool.
 */
public class FlagEvaluationVerticle extends AbstractVerticle {

    public static final String ADDRESS_EVALUATE = "flags.evaluate";
    public static final String ADDRESS_CAPTURE = "flags.capture";

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluationVerticle.class);

    private PostHogInterface posthog;
    private MessageConsumer<JsonObject> evaluateConsumer;
    private MessageConsumer<JsonObject> captureConsumer;

    @Override
    public void start(Promise<Void> startPromise) {
        PostHogSettings settings = PostHogSettings.fromJson(config().getJsonObject("posthog", new JsonObject()));
        vertx.<PostHogInterface>executeBlocking(() -> PostHogClientFactory.create(settings))
                .onSuccess(client -> {
                    posthog = client;
                    evaluateConsumer = vertx.eventBus().consumer(ADDRESS_EVALUATE, this::evaluate);
                    captureConsumer = vertx.eventBus().consumer(ADDRESS_CAPTURE, this::capture);
                    log.info("Flag evaluation ready (local evaluation: {})", settings.localEvaluationEnabled());
                    startPromise.complete();
                })
                .onFailure(startPromise::fail);
    }

    private void evaluate(Message<JsonObject> message) {
        EvaluationRequest request = EvaluationRequest.fromJson(message.body());
        vertx.<JsonObject>executeBlocking(() -> {
            Object value = posthog.getFeatureFlag(request.distinctId(), request.flagKey());
            return new JsonObject()
                    .put("flagKey", request.flagKey())
                    .put("enabled", value != null && !Boolean.FALSE.equals(value))
                    .put("variant", value instanceof String s ? s : null);
        }, false).onComplete(ar -> {
            if (ar.succeeded()) {
                message.reply(ar.result());
            } else {
                log.error("Evaluation of {} failed", request.flagKey(), ar.cause());
                message.fail(503, "flag evaluation unavailable");
            }
        });
    }

    private void capture(Message<JsonObject> message) {
        JsonObject body = message.body();
        posthog.capture(body.getString("distinctId"), body.getString("event"), body.getJsonObject("properties", new JsonObject()).getMap());
    }

    @Override
    public void stop(Promise<Void> stopPromise) {
        if (evaluateConsumer != null) {
            evaluateConsumer.unregister();
        }
        if (captureConsumer != null) {
            captureConsumer.unregister();
        }
        vertx.executeBlocking(() -> {
            if (posthog != null) {
                posthog.close();
            }
            return null;
        }).<Void>mapEmpty().onComplete(stopPromise);
    }
}
