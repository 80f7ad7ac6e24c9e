package com.tallyfield.flagapi.http;

import com.tallyfield.flagapi.config.PostHogSettings;
import com.tallyfield.flagapi.flags.EvaluationRequest;
import com.tallyfield.flagapi.flags.FlagEvaluationVerticle;
import com.tallyfield.flagapi.http.dto.MobileBootstrap;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.Map;

/**
 * Public endpoints the web and mobile front ends call on start-up to configure their PostHog SDK.
 */
public class BootstrapHandler {

    private static final String JSON = "application/json; charset=utf-8";

    private final Vertx vertx;
    private final PostHogSettings settings;

    public BootstrapHandler(Vertx vertx, PostHogSettings settings) {
        this.vertx = vertx;
        this.settings = settings;
    }

    /** GET /bootstrap/web — consumed by posthog-js init(). */
    public void web(RoutingContext ctx) {
        JsonObject body = new JsonObject()
                .put("apiKey", settings.projectApiKey())
                .put("apiHost", settings.host())
                .put("personProfiles", "identified_only");
        ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(body.encode());
    }

    /** GET /bootstrap/mobile?distinctId=... — flags are pre-evaluated so the first screen renders correctly. */
    public void mobile(RoutingContext ctx) {
        String distinctId = ctx.queryParams().get("distinctId");
        if (distinctId == null || distinctId.isBlank()) {
            ctx.fail(400);
            return;
        }
        EvaluationRequest request = new EvaluationRequest(distinctId, "mobile-onboarding-v2", Map.of("platform", "mobile"));
        vertx.eventBus().<JsonObject>request(FlagEvaluationVerticle.ADDRESS_EVALUATE, request.toJson(), new DeliveryOptions().setSendTimeout(2_000))
                .map(Message::body)
                .otherwise(new JsonObject().put("enabled", false))
                .onSuccess(result -> {
                    MobileBootstrap bootstrap = new MobileBootstrap(
                            settings.projectApiKey(),
                            settings.host(),
                            settings.localEvaluationKey(),
                            settings.pollIntervalSeconds(),
                            Map.of(request.flagKey(), result.getBoolean("enabled", false)));
                    ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(Json.encode(bootstrap));
                });
    }
}
