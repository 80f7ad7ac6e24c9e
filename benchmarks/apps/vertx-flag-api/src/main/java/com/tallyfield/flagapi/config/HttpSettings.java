package com.tallyfield.flagapi.config;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

public record HttpSettings(int port, List<String> allowedOrigins, long sessionTimeoutMinutes, JsonArray apiClients) {

    public static HttpSettings fromJson(JsonObject json) {
        JsonArray origins = json.getJsonArray("allowedOrigins", new JsonArray());
        return new HttpSettings(
                json.getInteger("port", 8080),
                origins.stream().map(String::valueOf).toList(),
                json.getLong("sessionTimeoutMinutes", 30L),
                json.getJsonArray("apiClients", new JsonArray()));
    }

    public long sessionTimeoutMillis() {
        return sessionTimeoutMinutes * 60_000L;
    }
}
