package com.tessaline.flaggate.posthog;

import com.tessaline.flaggate.config.GatewayConfig;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Worker verticle that refreshes the cached flag definitions whenever a message
 * arrives on {@link #ADDRESS}. The cache lives in a shared local map.
 */
public class FlagRefreshVerticle extends AbstractVerticle {

    public static final String ADDRESS = "flaggate.flags.refresh";
    public static final String CACHE = "flaggate.flag-definitions";

    private static final Logger log = LoggerFactory.getLogger(FlagRefreshVerticle.class);

    private final GatewayConfig config;
    private LocalEvaluationClient evaluationClient;

    public FlagRefreshVerticle(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public void start(Promise<Void> startPromise) {
        evaluationClient = new LocalEvaluationClient(vertx, config);
        vertx.eventBus().<JsonObject>consumer(ADDRESS, this::onRefresh);
        startPromise.complete();
    }

    private void onRefresh(Message<JsonObject> msg) {
        log.debug("refresh requested headers={} body={}", msg.headers(), msg.body());
        evaluationClient.fetchDefinitions()
                .onSuccess(defs -> {
                    vertx.sharedData().getLocalMap(CACHE).put("definitions", defs);
                    msg.reply(new JsonObject().put("flags", defs.getJsonArray("flags").size()));
                })
                .onFailure(err -> msg.fail(502, err.getClass().getSimpleName()));
    }
}
