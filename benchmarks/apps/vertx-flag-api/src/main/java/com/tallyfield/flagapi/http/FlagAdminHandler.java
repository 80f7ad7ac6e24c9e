package com.tallyfield.flagapi.http;

import com.tallyfield.flagapi.flags.EvaluationRequest;
import com.tallyfield.flagapi.flags.FlagEvaluationVerticle;
import com.tallyfield.flagapi.flags.FlagQueryParser;
import com.tallyfield.flagapi.posthog.PostHogApiClient;
import com.tallyfield.flagapi.security.ApiTokenAuthHandler;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.Map;
import java.util.function.Predicate;

/**
 * Flag listing, evaluation and rollout changes for internal machine clients.
 */
public class FlagAdminHandler {

    private final Vertx vertx;
    private final PostHogApiClient api;

    public FlagAdminHandler(Vertx vertx, PostHogApiClient api) {
        this.vertx = vertx;
        this.api = api;
    }

    /** GET /api/flags?q=key:checkout-*%20AND%20rollout>=50 */
    public void list(RoutingContext ctx) {
        Predicate<JsonObject> filter = FlagQueryParser.parse(ctx.queryParams().get("q"));
        api.listFeatureFlags()
                .map(flags -> new JsonArray(flags.stream()
                        .map(JsonObject.class::cast)
                        .filter(filter)
                        .map(f -> new JsonObject()
                                .put("id", f.getLong("id"))
                                .put("key", f.getString("key"))
                                .put("name", f.getString("name"))
                                .put("active", f.getBoolean("active")))
                        .toList()))
                .onSuccess(ctx::json)
                .onFailure(ctx::fail);
    }

    /** POST /api/flags/:key/evaluate {"distinctId": "...", "personProperties": {...}} */
    public void evaluate(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        EvaluationRequest request = new EvaluationRequest(
                body.getString("distinctId"),
                ctx.pathParam("key"),
                body.getJsonObject("personProperties", new JsonObject()).getMap());
        vertx.eventBus().<JsonObject>request(FlagEvaluationVerticle.ADDRESS_EVALUATE, request.toJson())
                .map(Message::body)
                .onSuccess(ctx::json)
                .onFailure(ctx::fail);
    }

    /** PATCH /api/flags/:id/rollout {"percentage": 25} */
    public void updateRollout(RoutingContext ctx) {
        long flagId = Long.parseLong(ctx.pathParam("id"));
        int percentage = ctx.body().asJsonObject().getInteger("percentage");
        if (percentage < 0 || percentage > 100) {
            ctx.fail(400);
            return;
        }
        String actor = ctx.get(ApiTokenAuthHandler.CTX_CLIENT);
        api.updateRollout(flagId, percentage)
                .onSuccess(updated -> {
                    vertx.eventBus().send(FlagEvaluationVerticle.ADDRESS_CAPTURE, new JsonObject()
                            .put("distinctId", "api-client:" + actor)
                            .put("event", "flag rollout changed")
                            .put("properties", new JsonObject(Map.of("flag_id", flagId, "rollout", percentage))));
                    ctx.json(new JsonObject().put("id", flagId).put("rollout", percentage));
                })
                .onFailure(ctx::fail);
    }
}
