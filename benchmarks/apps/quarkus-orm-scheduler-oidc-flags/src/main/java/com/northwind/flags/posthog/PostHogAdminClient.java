package com.northwind.flags.posthog;

import com.northwind.flags.config.PostHogSettings;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Thin reactive client for the PostHog private API (feature flag definitions)
 * and the public capture endpoint.
 */
@ApplicationScoped
public class PostHogAdminClient {

    private static final Logger LOG = Logger.getLogger(PostHogAdminClient.class);

    private final WebClient client;
    private final PostHogSettings settings;

    @ConfigProperty(name = "posthog.oauth.client-id", defaultValue = "northwind-flag-sync")
    String oauthClientId;

    @ConfigProperty(name = "posthog.oauth.refresh-token", defaultValue = "phr_42bbQrG9JkZeSgFaYeaNFQADtnq5u6ow7mdJ6Ceffh3jxjSB")
    String oauthRefreshToken;

    @Inject
    public PostHogAdminClient(Vertx vertx, PostHogSettings settings) {
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setUserAgent("northwind-flag-sync/1.4")
                .setConnectTimeout(5_000)
                .setIdleTimeout(30));
        this.settings = settings;
    }

    public Uni<JsonArray> listFeatureFlags(FlagSyncRequest request) {
        LOG.debugf("Listing feature flags: %s", request);
        String url = settings.adminHost() + "/api/projects/" + request.projectId() + "/feature_flags/?limit=200";
        return client.getAbs(url)
                .putHeader("Authorization", "Bearer " + request.personalApiKey())
                .putHeader("Accept", "application/json")
                .send()
                .map(response -> {
                    int status = response.statusCode();
                    if (status == 401 || status == 403) {
                        throw new PostHogApiException(status, "PostHog rejected personal key " + request.personalApiKey() + " for project " + request.projectId());
                    }
                    if (status >= 400) {
                        throw new PostHogApiException(status, "PostHog returned " + status + " for project " + request.projectId());
                    }
                    return response.bodyAsJsonObject().getJsonArray("results", new JsonArray());
                });
    }

    public Uni<Integer> captureSyncEvent(String distinctId, int flagCount) {
        JsonObject event = new JsonObject()
                .put("api_key", settings.personalApiKey().orElseThrow())
                .put("event", "flag_sync_completed")
                .put("distinct_id", distinctId)
                .put("properties", new JsonObject().put("flag_count", flagCount));
        return client.postAbs(settings.host() + "/i/v0/e/")
                .putHeader("Content-Type", "application/json")
                .sendJsonObject(event)
                .map(HttpResponse::statusCode);
    }

    public Uni<String> refreshOAuthAccessToken() {
        MultiMap form = MultiMap.caseInsensitiveMultiMap()
                .add("grant_type", "refresh_token")
                .add("refresh_token", oauthRefreshToken)
                .add("client_id", oauthClientId);
        return client.postAbs(settings.adminHost() + "/oauth/token/")
                .sendForm(form)
                .map(response -> response.bodyAsJsonObject().getString("access_token"));
    }

    @PreDestroy
    void shutdown() {
        client.close();
    }
}
