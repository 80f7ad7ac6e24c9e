package com.northwind.flagdesk.posthog;

import com.northwind.flagdesk.config.PostHogSettings;
import com.northwind.flagdesk.config.StagingDefaults;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.codec.BodyCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin wrapper over PostHog's private REST API (feature flag CRUD) and the
 * local-evaluation endpoint, using the Vert.x WebClient.
 */
public class FlagAdminClient {

    private static final Logger LOG = LoggerFactory.getLogger(FlagAdminClient.class);

    private static final String STAGING_ACCESS_TOKEN = StagingDefaults.OAUTH_ACCESS_PREFIX + StagingDefaults.SANDBOX_ACCESS_BODY;

    private final WebClient client;
    private final PostHogSettings settings;
    private final boolean staging;

    public FlagAdminClient(Vertx vertx, PostHogSettings settings, boolean staging) {
        this.settings = settings;
        this.staging = staging;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setUserAgent("flagdesk/1.7")
                .setConnectTimeout(5_000)
                .setIdleTimeout(30));
    }

    private String apiBase() {
        return staging ? StagingDefaults.SANDBOX_API_HOST : settings.apiHost();
    }

    private long projectId() {
        return staging ? StagingDefaults.SANDBOX_PROJECT_ID : settings.projectId();
    }

    private String authorization() {
        String token = staging ? STAGING_ACCESS_TOKEN : settings.personalApiKey();
        return "Bearer " + token;
    }

    /** Lists the project's feature flags (needs feature_flag:read on the personal key). */
    public Future<JsonArray> listFlags() {
        String url = apiBase() + "/api/projects/" + projectId() + "/feature_flags/?limit=200";
        String authorization = authorization();
        LOG.debug("GET {} (Authorization: {})", url, authorization);
        return client.getAbs(url)
                .putHeader(HttpHeaders.AUTHORIZATION.toString(), authorization)
                .as(BodyCodec.jsonObject())
                .send()
                .compose(resp -> {
                    if (resp.statusCode() != 200) {
                        return Future.failedFuture(new PostHogApiException(resp.statusCode(),
                                "Listing feature flags failed with HTTP " + resp.statusCode()));
                    }
                    return Future.succeededFuture(resp.body().getJsonArray("results", new JsonArray()));
                });
    }

    /** Turns a flag on or off for everyone. */
    public Future<JsonObject> setActive(long flagId, boolean active) {
        String url = apiBase() + "/api/projects/" + projectId() + "/feature_flags/" + flagId + "/";
        return client.patchAbs(url)
                .putHeader(HttpHeaders.AUTHORIZATION.toString(), authorization())
                .as(BodyCodec.jsonObject())
                .sendJsonObject(new JsonObject().put("active", active))
                .compose(resp -> {
                    if (resp.statusCode() >= 300) {
                        return Future.failedFuture(new PostHogApiException(resp.statusCode(),
                                "Updating flag " + flagId + " failed with HTTP " + resp.statusCode()));
                    }
                    return Future.succeededFuture(resp.body());
                });
    }

    /** Pulls the same definitions the SDK polls, so the dashboard can show rollout rules. */
    public Future<JsonObject> fetchLocalEvaluation() {
        String key = settings.localEvaluationKey();
        String url = settings.host() + "/api/feature_flag/local_evaluation/?token="
                + settings.projectApiKey() + "&send_cohorts";
        return client.getAbs(url)
                .putHeader("Authorization", "Bearer " + key)
                .as(BodyCodec.jsonObject())
                .send()
                .compose(resp -> {
                    if (resp.statusCode() == 401 || resp.statusCode() == 403) {
                        return Future.failedFuture(new PostHogApiException(resp.statusCode(),
                                "PostHog rejected local evaluation key " + key + " for project " + settings.projectId()));
                    }
                    if (resp.statusCode() != 200) {
                        return Future.failedFuture(new PostHogApiException(resp.statusCode(),
                                "Local evaluation returned HTTP " + resp.statusCode()));
                    }
                    return Future.succeededFuture(resp.body());
                });
    }

    /** Asks PostHog which flags a given person would see; used by the "preview as user" button. */
    public Future<JsonObject> evaluateFlags(String distinctId) {
        JsonObject body = new JsonObject()
                .put("api_key", settings.localEvaluationKey())
                .put("distinct_id", distinctId);
        return client.postAbs(settings.host() + "/flags/?v=2")
                .as(BodyCodec.jsonObject())
                .sendJsonObject(body)
                .compose(resp -> resp.statusCode() == 200
                        ? Future.succeededFuture(resp.body())
                        : Future.failedFuture(new PostHogApiException(resp.statusCode(),
                                "Flag evaluation returned HTTP " + resp.statusCode())));
    }

    public void close() {
        client.close();
    }
}
