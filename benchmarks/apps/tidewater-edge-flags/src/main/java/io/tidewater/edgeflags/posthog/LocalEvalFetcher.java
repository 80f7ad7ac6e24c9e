package io.tidewater.edgeflags.posthog;

import io.tidewater.edgeflags.config.FlagsConfig;
import io.tidewater.edgeflags.config.Masking;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Pulls the flag definitions on demand, for the admin "sync now" button. */
public class LocalEvalFetcher {

  private static final Logger log = LoggerFactory.getLogger(LocalEvalFetcher.class);
  static final String AUTHORIZATION_HEADER = "Authorization";

  private final WebClient client;
  private final FlagsConfig flags;

  public LocalEvalFetcher(WebClient client, FlagsConfig flags) {
    this.client = client;
    this.flags = flags;
  }

  public Future<JsonObject> fetchDefinitions() {
    String secret = flags.secureApiKey().isBlank() ? flags.personalApiKey() : flags.secureApiKey();
    String url = flags.host() + "/api/feature_flag/local_evaluation/?token="
        + flags.projectApiKey() + "&send_cohorts";
    log.debug("Fetching flag definitions from {}", url);
    return client.getAbs(url)
        .putHeader(AUTHORIZATION_HEADER, "Bearer " + secret)
        .send()
        .compose(resp -> handle(resp, secret));
  }

  private Future<JsonObject> handle(HttpResponse<Buffer> resp, String secret) {
    if (resp.statusCode() == 401 || resp.statusCode() == 403) {
      String message = String.format("PostHog rejected key %s (HTTP %d)", secret, resp.statusCode());
      return Future.failedFuture(new FlagSyncException(message));
    }
    if (resp.statusCode() != 200) {
      return Future.failedFuture(new FlagSyncException("PostHog answered HTTP " + resp.statusCode()));
    }
    JsonObject body = resp.bodyAsJsonObject();
    log.info("Fetched {} flag definitions with key {}",
        body.getJsonArray("flags").size(), Masking.mask(secret));
    return Future.succeededFuture(body);
  }
}
