package com.northwind.flagdesk.bus;

import com.northwind.flagdesk.posthog.FlagAdminClient;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a copy of the local-evaluation flag definitions, refreshed on a timer and on demand
 * (address {@value #ADDRESS}).
 */
public class FlagSyncConsumer extends AbstractVerticle {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncConsumer.class);

    public static final String ADDRESS = "flagdesk.flags.sync";

    private final FlagAdminClient adminClient;
    private volatile JsonObject definitions = new JsonObject();
    private long timerId = -1;

    public FlagSyncConsumer(FlagAdminClient adminClient) {
        this.adminClient = adminClient;
    }

    @Override
    public void start() {
        vertx.eventBus().<JsonObject>consumer(ADDRESS, this::onSyncRequest);
        timerId = vertx.setPeriodic(TimeUnit.SECONDS.toMillis(10), TimeUnit.MINUTES.toMillis(5), id -> sync());
    }

    @Override
    public void stop() {
        vertx.cancelTimer(timerId);
    }

    private void onSyncRequest(Message<JsonObject> message) {
        String reason = message.body() == null ? "manual" : message.body().getString("reason", "manual");
        LOG.info("Flag sync requested ({})", reason);
        sync().onSuccess(count -> message.reply(new JsonObject().put("flags", count)))
                .onFailure(err -> message.fail(502, "flag sync failed"));
    }

    private Future<Integer> sync() {
        return adminClient.fetchLocalEvaluation()
                .map(defs -> {
                    definitions = defs;
                    return defs.getJsonArray("flags", new JsonArray()).size();
                })
                .onSuccess(count -> LOG.info("Synced {} flag definitions", count))
                .onFailure(err -> LOG.error("Flag definition sync failed", err));
    }

    public JsonObject definitions() {
        return definitions;
    }
}
