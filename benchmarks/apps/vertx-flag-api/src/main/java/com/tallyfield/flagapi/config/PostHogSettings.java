package com.tallyfield.flagapi.config;

import io.vertx.core.json.JsonObject;

/**
 * Everything the service needs to talk to PostHog, resolved from conf/*.json and the environment.
 */
public record PostHogSettings(
        String host,
        String projectId,
        String projectApiKey,
        String personalApiKey,
        String flagsSecureKey,
        boolean sdkDebug,
        int pollIntervalSeconds) {

    public static final int DEFAULT_POLL_INTERVAL_SECONDS = 30;

    public static PostHogSettings fromJson(JsonObject json) {
        return new PostHogSettings(
                json.getString("host", PostHogKeys.DEFAULT_INGEST_HOST),
                json.getString("projectId"),
                json.getString("projectApiKey"),
                emptyToNull(json.getString("personalApiKey")),
                emptyToNull(json.getString("flagsSecureKey")),
                json.getBoolean("sdkDebug", false),
                json.getInteger("pollIntervalSeconds", DEFAULT_POLL_INTERVAL_SECONDS));
    }

    public JsonObject toJson() {
        return new JsonObject()
                .put("host", host)
                .put("projectId", projectId)
                .put("projectApiKey", projectApiKey)
                .put("personalApiKey", personalApiKey)
                .put("flagsSecureKey", flagsSecureKey)
                .put("sdkDebug", sdkDebug)
                .put("pollIntervalSeconds", pollIntervalSeconds);
    }

    public String appHost() {
        return PostHogKeys.appHostFor(host);
    }

    public boolean localEvaluationEnabled() {
        return personalApiKey != null || flagsSecureKey != null;
    }

    /** The key used for local evaluation: the secure flags key if present, else the personal key. */
    public String localEvaluationKey() {
        return flagsSecureKey != null ? flagsSecureKey : personalApiKey;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
