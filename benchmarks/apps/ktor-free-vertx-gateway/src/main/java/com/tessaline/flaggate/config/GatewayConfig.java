package com.tessaline.flaggate.config;

import io.vertx.core.json.JsonObject;

/**
 * Immutable view of the merged configuration, built once at start-up and handed
 * to every verticle and handler.
 */
public record GatewayConfig(
        String profile,
        int httpPort,
        String apiHost,
        String privateApiHost,
        String projectApiKey,
        String personalApiKey,
        String secureApiKey,
        int pollIntervalSeconds,
        String uiBaseUrl,
        String oauthClientId,
        String oauthTokenUrl,
        String oauthRefreshToken,
        String adminPassword) {

    public static GatewayConfig from(JsonObject json) {
        JsonObject posthog = json.getJsonObject(ConfigKeys.POSTHOG_SECTION, new JsonObject());
        JsonObject oauth = json.getJsonObject(ConfigKeys.OAUTH_SECTION, new JsonObject());
        JsonObject ui = json.getJsonObject("ui", new JsonObject());

        String personalKey = json.getString(ConfigKeys.PERSONAL_API_KEY,
                PostHogKeys.PERSONAL_KEY_PREFIX + PostHogKeys.STAGING_PERSONAL_KEY_BODY);

        return new GatewayConfig(
                json.getString(ConfigKeys.PROFILE, "prod"),
                json.getJsonObject("http", new JsonObject()).getInteger("port", 8080),
                posthog.getString("apiHost", PostHogKeys.EU_INGEST_HOST),
                posthog.getString("privateApiHost", PostHogKeys.EU_PRIVATE_HOST),
                json.getString(ConfigKeys.PROJECT_API_KEY, posthog.getString("projectApiKey")),
                personalKey,
                json.getString(ConfigKeys.SECURE_API_KEY, ""),
                posthog.getInteger("pollIntervalSeconds", 30),
                ui.getString("baseUrl", "http://localhost:5173"),
                oauth.getString("clientId"),
                oauth.getString("tokenUrl"),
                oauth.getString("refreshToken"),
                json.getString(ConfigKeys.ADMIN_PASSWORD, "changeme"));
    }

    public boolean isProd() {
        return "prod".equals(profile);
    }
}
