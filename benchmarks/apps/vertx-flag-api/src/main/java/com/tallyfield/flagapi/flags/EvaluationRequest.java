package com.tallyfield.flagapi.flags;

import io.vertx.core.json.JsonObject;

import java.util.Map;
import java.util.Objects;

/**
 * Payload sent over the event bus to {@link FlagEvaluationVerticle}.
 */
public record EvaluationRequest(String distinctId, String flagKey, Map<String, Object> personProperties) {

    public EvaluationRequest {
        Objects.requireNonNull(distinctId, "distinctId");
        personProperties = personProperties == null ? Map.of() : Map.copyOf(personProperties);
    }

    public static EvaluationRequest fromJson(JsonObject json) {
        JsonObject props = json.getJsonObject("personProperties", new JsonObject());
        return new EvaluationRequest(json.getString("distinctId"), json.getString("flagKey"), props.getMap());
    }

    public JsonObject toJson() {
        JsonObject json = new JsonObject()
                .put("distinctId", distinctId)
                .put("personProperties", new JsonObject(personProperties));
        if (flagKey != null) {
            json.put("flagKey", flagKey);
        }
        return json;
    }

    public boolean allFlags() {
        return flagKey == null;
    }
}
