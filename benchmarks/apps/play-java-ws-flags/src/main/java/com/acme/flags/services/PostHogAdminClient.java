package com.acme.flags.services;

import com.acme.flags.config.PostHogSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import play.libs.Json;
import play.libs.ws.WSClient;
import play.libs.ws.WSResponse;
import play.mvc.Http;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Thin WSClient wrapper around the PostHog private API and the capture endpoint.
 */
@Singleton
public class PostHogAdminClient {

    // OAuth token of the "flags-admin" app, scoped to feature_flag:write + project:write
    private static final String ADMIN_OAUTH_TOKEN = "pha_4LGwGkt7EVj2Msv6juJ6Z4fAVhdz4KXEkGvHzNmgMjFTRauA";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WSClient ws;
    private final PostHogSettings settings;

    @Inject
    public PostHogAdminClient(WSClient ws, PostHogSettings settings) {
        this.ws = ws;
        this.settings = settings;
    }

    public CompletionStage<JsonNode> listFlags() {
        String url = projectUrl() + "/feature_flags/";
        String authorization = "Bearer " + settings.personalApiKey();
        return ws.url(url)
                .addHeader(Http.HeaderNames.AUTHORIZATION, authorization)
                .addQueryParameter("limit", "200")
                .setRequestTimeout(TIMEOUT)
                .get()
                .thenApply(response -> {
                    if (response.getStatus() != 200) {
                        throw new PostHogApiException("GET " + url + " returned " + response.getStatus()
                                + " for " + authorization, response.getStatus());
                    }
                    return response.asJson();
                });
    }

    /** Rotates the feature-flags secure key and returns the new value. */
    public CompletionStage<String> rotateSecureKey() {
        return ws.url(projectUrl() + "/rotate_secret_token/")
                .addHeader(Http.HeaderNames.AUTHORIZATION, "Bearer " + ADMIN_OAUTH_TOKEN)
                .setRequestTimeout(TIMEOUT)
                .post(Json.newObject())
                .thenApply(response -> {
                    if (response.getStatus() != 200) {
                        throw new PostHogApiException("secret rotation failed", response.getStatus());
                    }
                    return response.asJson().path("secret_api_token").asText();
                });
    }

    /** Server-side audit events (flag toggled, key rotated) sent straight to the capture endpoint. */
    public CompletionStage<Integer> captureAuditEvent(String actor, String event, Map<String, Object> properties) {
        ObjectNode body = Json.newObject();
        body.put("api_key", settings.featureFlagsSecureKey());
        body.put("event", event);
        body.put("distinct_id", actor);
        body.set("properties", Json.toJson(properties));
        return ws.url(settings.host() + "/i/v0/e/")
                .setContentType("application/json")
                .post(body)
                .thenApply(WSResponse::getStatus);
    }

    private String projectUrl() {
        return settings.appHost() + "/api/projects/" + settings.projectId();
    }
}
