package com.northwind.flags.capture;

import com.northwind.flags.bus.Addresses;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.posthog.PostHogClientFactory;
import com.posthog.server.PostHogInterface;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards server-side events to PostHog's capture endpoints.
 */
public class CaptureForwarderVerticle extends AbstractVerticle {

  private static final Logger LOG = LoggerFactory.getLogger(CaptureForwarderVerticle.class);

  private final AppConfig config;
  private WebClient client;
  private PostHogInterface backfill;

  public CaptureForwarderVerticle(AppConfig config) {
    this.config = config;
  }

  @Override
  public void start() {
    client = WebClient.create(vertx);
    backfill = new PostHogClientFactory(config).createBackfill();
    vertx.eventBus().<JsonObject>consumer(Addresses.CAPTURE_FORWARD, this::forward);
    vertx.eventBus().<JsonArray>consumer(Addresses.CAPTURE_BATCH, this::forwardBatch);
    vertx.eventBus().<JsonObject>consumer(Addresses.CAPTURE_BACKFILL, this::replay);
  }

  private void forward(Message<JsonObject> msg) {
    JsonObject event = msg.body();
    JsonObject payload = new JsonObject()
        .put("api_key", config.projectApiKey())
        .put("event", event.getString("event"))
        .put("distinct_id", event.getString("distinctId"))
        .put("properties", event.getJsonObject("properties", new JsonObject()));
    client.postAbs(config.posthogHost() + "/i/v0/e/")
        .sendJsonObject(payload)
        .onSuccess(resp -> msg.reply(new JsonObject().put("status", resp.statusCode())))
        .onFailure(err -> {
          LOG.warn("Capture of {} failed: {}", event.getString("event"), err.getMessage());
          msg.fail(502, "capture failed");
        });
  }

  private void forwardBatch(Message<JsonArray> msg) {
    JsonObject batch = new JsonObject()
        .put("api_key", config.secureApiKey())
        .put("historical_migration", false)
        .put("batch", msg.body());
    client.postAbs(config.posthogHost() + "/batch/")
        .sendJsonObject(batch)
        .onSuccess(resp -> msg.reply(new JsonObject().put("status", resp.statusCode())))
        .onFailure(err -> msg.fail(502, "batch capture failed"));
  }

  private void replay(Message<JsonObject> msg) {
    JsonObject event = msg.body();
    backfill.capture(event.getString("distinctId"), event.getString("event"),
        event.getJsonObject("properties", new JsonObject()).getMap());
    msg.reply(new JsonObject().put("queued", true));
  }

  @Override
  public void stop() {
    if (backfill != null) {
      backfill.flush();
      backfill.close();
    }
  }
}
