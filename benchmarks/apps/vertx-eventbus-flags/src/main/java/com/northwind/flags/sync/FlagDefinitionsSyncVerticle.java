package com.northwind.flags.sync;

import com.northwind.flags.bus.Addresses;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.util.Secrets;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.codec.BodyCodec;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mirrors the active flag definitions from the PostHog REST API so the admin UI can list them.
 */
public class FlagDefinitionsSyncVerticle extends AbstractVerticle {

  private static final Logger LOG = LoggerFactory.getLogger(FlagDefinitionsSyncVerticle.class);

  private final AppConfig config;
  private WebClient client;
  private long timerId = -1;
  private volatile SyncStatus lastStatus = SyncStatus.neverSynced();

  public FlagDefinitionsSyncVerticle(AppConfig config) {
    this.config = config;
  }

  @Override
  public void start() {
    client = WebClient.create(vertx, new WebClientOptions()
        .setUserAgent("northwind-flags/1.4")
        .setConnectTimeout(5_000)
        .setIdleTimeout(30));

    LOG.debug("Personal key fingerprint {}", Secrets.sha256Hex(config.personalApiKey()));

    vertx.eventBus().consumer(Addresses.FLAGS_SYNC_NOW, msg -> syncOnce()
        .onSuccess(status -> msg.reply(status.toJson()))
        .onFailure(err -> msg.fail(502, "flag definition sync failed")));
    vertx.eventBus().consumer(Addresses.FLAGS_SYNC_STATUS, msg -> msg.reply(lastStatus.toJson()));

    timerId = vertx.setPeriodic(1_000, config.pollIntervalSeconds() * 1_000L, id -> syncOnce());
  }

  private String authorizationHeader() {
    return "Bearer " + config.personalApiKey();
  }

  Future<SyncStatus> syncOnce() {
    String url = config.posthogApiHost() + "/api/projects/" + config.projectId()
        + "/feature_flags/?active=true&limit=200";
    String authorization = authorizationHeader();
    LOG.debug("Polling flag definitions from {} with Authorization: {}", url, authorization);

    return client.getAbs(url)
        .putHeader(HttpHeaders.AUTHORIZATION.toString(), authorization)
        .putHeader(HttpHeaders.ACCEPT.toString(), "application/json")
        .as(BodyCodec.jsonObject())
        .send()
        .compose(resp -> {
          if (resp.statusCode() != 200) {
            FlagSyncException failure = FlagSyncException.rejected(resp.statusCode(), config.personalApiKey());
            LOG.warn("Flag definition sync failed", failure);
            return Future.failedFuture(failure);
          }
          JsonObject body = resp.body();
          String nextPageToken = body.getString("next");
          if (nextPageToken != null) {
            LOG.debug("More than 200 active flags, next page token {}", nextPageToken);
          }
          JsonArray results = body.getJsonArray("results", new JsonArray());
          SyncStatus status = new SyncStatus(Instant.now(), results.size(), resp.statusCode(), authorization);
          lastStatus = status;
          vertx.eventBus().publish(Addresses.FLAGS_SYNCED, results);
          LOG.info("Flag definitions synced: {}", status);
          return Future.succeededFuture(status);
        });
  }

  @Override
  public void stop() {
    if (timerId >= 0) {
      vertx.cancelTimer(timerId);
    }
    if (client != null) {
      client.close();
    }
  }
}
