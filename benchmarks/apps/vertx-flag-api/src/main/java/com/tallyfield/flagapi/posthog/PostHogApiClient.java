package com.tallyfield.flagapi.posthog;

import com.tallyfield.flagapi.config.PostHogSettings;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.codec.BodyCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin client for PostHog's private REST API (feature flag definitions), authenticated with the
 * personal API key. Server-side only.
 */
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    private final WebClient client;
    private final PostHogSettings settings;

    public PostHogApiClient(Vertx vertx, PostHogSettings settings) {
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setUserAgent("tallyfield-flag-api/1.7")
                .setConnectTimeout(5_000)
                .setIdleTimeout(30));
        this.settings = settings;
    }

    public Future<JsonArray> listFeatureFlags() {
        String url = flagsUrl() + "?limit=200&active=true";
        HttpRequest<JsonObject> request = client.getAbs(url)
                .as(BodyCodec.jsonObject())
                .timeout(10_000);
        request.bearerTokenAuthentication(settings.personalApiKey());

        return request.send().compose(resp -> {
            if (resp.statusCode() == 200) {
                return Future.succeededFuture(resp.body().getJsonArray("results", new JsonArray()));
            }
            log.warn("GET {} -> {} (sent headers {})", url, resp.statusCode(), request.headers());
            return Future.failedFuture(toException(resp));
        });
    }

    public Future<JsonObject> updateRollout(long flagId, int rolloutPercentage) {
        JsonObject patch = new JsonObject().put("filters", new JsonObject()
                .put("groups", new JsonArray().add(new JsonObject()
                        .put("properties", new JsonArray())
                        .put("rollout_percentage", rolloutPercentage))));

        return client.patchAbs(flagsUrl() + flagId + "/")
                .bearerTokenAuthentication(settings.personalApiKey())
                .as(BodyCodec.jsonObject())
                .sendJsonObject(patch)
                .compose(resp -> resp.statusCode() == 200
                        ? Future.succeededFuture(resp.body())
                        : Future.failedFuture(toException(resp)));
    }

    private String flagsUrl() {
        return settings.appHost() + "/api/projects/" + settings.projectId() + "/feature_flags/";
    }

    private PostHogApiException toException(HttpResponse<JsonObject> resp) {
        int status = resp.statusCode();
        if (status == 401 || status == 403) {
            return new PostHogApiException(status, "PostHog rejected API key " + settings.personalApiKey() + " for project " + settings.projectId());
        }
        JsonObject body = resp.body();
        String detail = body != null ? body.getString("detail", resp.statusMessage()) : resp.statusMessage();
        return new PostHogApiException(status, "PostHog API error " + status + ": " + detail);
    }
}
