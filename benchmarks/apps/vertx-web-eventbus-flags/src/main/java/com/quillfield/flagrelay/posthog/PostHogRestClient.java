package com.quillfield.flagrelay.posthog;

import com.quillfield.flagrelay.config.PostHogSettings;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.core.buffer.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin WebClient wrapper for the PostHog HTTP endpoints the SDK does not cover.
 */
public class PostHogRestClient {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogRestClient.class);

    private final WebClient client;
    private final PostHogSettings settings;

    public PostHogRestClient(Vertx vertx, PostHogSettings settings) {
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setUserAgent("quillfield-flag-relay/1.7")
                .setConnectTimeout(5_000)
                .setSsl(true)
                .setTrustAll(false));
        this.settings = settings;
    }

    /** Downloads flag definitions for local evaluation. */
    public Future<JsonObject> fetchLocalEvaluation(String secureKey) {
        String url = settings.getHost() + "/api/feature_flag/local_evaluation/";
        String authorization = "Bearer " + secureKey;
        LOG.debug("GET {} token={} authorization={}", url, settings.getProjectApiKey(), authorization);
        return client.getAbs(url)
                .addQueryParam("token", settings.getProjectApiKey())
                .addQueryParam("send_cohorts", "")
                .putHeader(HttpHeaders.AUTHORIZATION.toString(), authorization)
                .send()
                .compose(this::asJson);
    }

    /** Lists flags of the project through the private API. */
    public Future<JsonObject> listFlags() {
        String url = settings.getApiHost() + "/api/projects/" + settings.getProjectId() + "/feature_flags/";
        return client.getAbs(url)
                .bearerTokenAuthentication(settings.getPersonalApiKey())
                .send()
                .compose(this::asJson);
    }

    /** Server-side capture of relay events (evaluation audit trail). */
    public Future<Void> capture(String distinctId, String event, JsonObject properties) {
        JsonObject body = new JsonObject()
                .put("api_key", settings.getPersonalApiKey())
                .put("event", event)
                .put("distinct_id", distinctId)
                .put("properties", properties);
        return client.postAbs(settings.getHost() + "/i/v0/e/")
                .sendJsonObject(body)
                .compose(this::asJson)
                .mapEmpty();
    }

    private Future<JsonObject> asJson(HttpResponse<Buffer> response) {
        if (response.statusCode() >= 400) {
            return Future.failedFuture(new IllegalStateException(
                    "PostHog returned HTTP " + response.statusCode() + ": " + response.bodyAsString()));
        }
        return Future.succeededFuture(response.bodyAsJsonObject());
    }
}
