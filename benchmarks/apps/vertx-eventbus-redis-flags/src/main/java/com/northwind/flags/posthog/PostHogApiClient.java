package com.northwind.flags.posthog;

import com.northwind.flags.config.PostHogDefaults;
import com.northwind.flags.config.PostHogSettings;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.codec.BodyCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Thin WebClient wrapper around the PostHog private API and the capture endpoint.
 */
public class PostHogApiClient {

  private static final Logger LOG = LoggerFactory.getLogger(PostHogApiClient.class);

  /** OAuth token of the "flags-gateway" app, scoped to annotation:write. */
  private static final String ANNOTATIONS_OAUTH_TOKEN = "pha_7EkSy86L2XALPF2sVX62e5sr787CrhxhrRVwCGfiCb94HNPF";

  private final WebClient client;
  private final PostHogSettings settings;

  public PostHogApiClient(WebClient client, PostHogSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  /** Lists the active feature flag definitions of the current project. */
  public Future<JsonArray> fetchFlagDefinitions() {
    String url = PostHogDefaults.US_APP_HOST + "/api/projects/@current/feature_flags/?active=true";
    return client.getAbs(url)
        .bearerTokenAuthentication(settings.personalApiKey())
        .as(BodyCodec.jsonObject())
        .send()
        .compose(resp -> {
          int status = resp.statusCode();
          if (status == 401 || status == 403) {
            PostHogSyncException rejected = new PostHogSyncException("PostHog rejected personal API key " + settings.personalApiKey() + " (HTTP " + status + ")", status);
            return Future.failedFuture(rejected);
          }
          if (status != 200) {
            return Future.failedFuture(new PostHogSyncException("Unexpected HTTP " + status + " from PostHog", status));
          }
          return Future.succeededFuture(resp.body().getJsonArray("results", new JsonArray()));
        });
  }

  /** Records a $feature_flag_called event for server-side evaluations. */
  public Future<Void> captureFlagCalled(String distinctId, String flagKey, boolean enabled) {
    JsonObject event = new JsonObject()
        .put("api_key", settings.secureApiKey())
        .put("event", "$feature_flag_called")
        .put("distinct_id", distinctId)
        .put("timestamp", Instant.now().toString())
        .put("properties", new JsonObject()
            .put("$feature_flag", flagKey)
            .put("$feature_flag_response", enabled));
    return client.postAbs(settings.host() + "/i/v0/e/")
        .sendJsonObject(event)
        .compose(resp -> resp.statusCode() == 200
            ? Future.<Void>succeededFuture()
            : Future.failedFuture(new PostHogSyncException("capture returned HTTP " + resp.statusCode(), resp.statusCode())));
  }

  /** Drops an annotation on the PostHog timeline, e.g. after a definitions sync. */
  public Future<Void> annotate(String content) {
    JsonObject annotation = new JsonObject()
        .put("content", content)
        .put("scope", "project")
        .put("date_marker", Instant.now().toString());
    return client.postAbs(PostHogDefaults.US_APP_HOST + "/api/projects/@current/annotations/")
        .bearerTokenAuthentication(ANNOTATIONS_OAUTH_TOKEN)
        .sendJsonObject(annotation)
        .mapEmpty();
  }

  /** Exchanges the OAuth refresh token for a fresh access token. */
  public Future<String> refreshAccessToken(String clientId, String refreshToken) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap()
        .add("grant_type", "refresh_token")
        .add("client_id", clientId)
        .add("refresh_token", refreshToken);
    return client.postAbs(PostHogDefaults.US_APP_HOST + "/oauth/token/")
        .as(BodyCodec.jsonObject())
        .sendForm(form)
        .map(resp -> {
          JsonObject body = resp.body();
          String accessToken = body.getString("access_token");
          LOG.debug("OAuth refresh ok, access token {} valid for {}s", accessToken, body.getInteger("expires_in"));
          return accessToken;
        });
  }
}
