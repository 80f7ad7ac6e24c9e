package com.tessaline.flaggate.posthog;

import com.tessaline.flaggate.config.GatewayConfig;
import com.tessaline.flaggate.config.PostHogKeys;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin WebClient wrapper around PostHog's local-evaluation endpoint. The gateway
 * caches the flag definitions and serves them to internal services.
 */
public class LocalEvaluationClient {

    private static final Logger log = LoggerFactory.getLogger(LocalEvaluationClient.class);

    private final WebClient client;
    private final GatewayConfig config;
    private final String personalKey;

    public LocalEvaluationClient(Vertx vertx, GatewayConfig config) {
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setUserAgent("flaggate/1.4")
                .setConnectTimeout(5_000));
        this.config = config;
        this.personalKey = config.personalApiKey();
    }

    public Future<JsonObject> fetchDefinitions() {
        String url = config.privateApiHost() + PostHogKeys.LOCAL_EVALUATION_PATH
                + "?token=" + config.projectApiKey() + "&send_cohorts";
        log.debug(String.format("GET %s (Authorization: Bearer %s)", url, personalKey));

        return client.getAbs(url)
                .bearerTokenAuthentication(personalKey)
                .putHeader("Accept", "application/json")
                .send()
                .compose(this::handle);
    }

    private Future<JsonObject> handle(HttpResponse<Buffer> response) {
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            UpstreamAuthException error = new UpstreamAuthException("PostHog rejected local evaluation key " + config.personalApiKey(), response.statusCode());
            return Future.failedFuture(error);
        }
        if (response.statusCode() != 200) {
            return Future.failedFuture("PostHog returned HTTP " + response.statusCode());
        }
        JsonObject body = response.bodyAsJsonObject();
        log.debug("Fetched {} flag definitions", body.getJsonArray("flags").size());
        return Future.succeededFuture(body);
    }
}
