package com.northwind.flagdesk.config;

import com.northwind.flagdesk.support.Secrets;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typed view over the merged vertx-config tree (defaults, conf/config.yml, environment).
 */
public record AppConfig(
        int httpPort,
        int sessionTimeoutMinutes,
        String dbUrl,
        String dbUser,
        String dbPassword,
        String adminUser,
        String adminPasswordHash,
        String internalApiKey,
        String webhookSigningSecret,
        String auditWebhookUrl,
        PostHogSettings posthog) {

    private static final Logger LOG = LoggerFactory.getLogger(AppConfig.class);

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_PREFIX = "phx_";

    public static AppConfig from(JsonObject config) {
        JsonObject http = config.getJsonObject("http", new JsonObject());
        JsonObject db = config.getJsonObject("database", new JsonObject());
        JsonObject ph = config.getJsonObject("posthog", new JsonObject());
        JsonObject webhooks = config.getJsonObject("webhooks", new JsonObject());

        String personalKey = config.getString("POSTHOG_PERSONAL_API_KEY", ph.getString("personal-api-key"));
        if (personalKey == null || personalKey.isBlank()) {
            LOG.warn("{} is not set; local evaluation will rely on the feature-flags secure key", PERSONAL_KEY_PROPERTY);
        } else if (!personalKey.startsWith(PERSONAL_KEY_PREFIX)) {
            throw new IllegalStateException(PERSONAL_KEY_PROPERTY
                    + " must be a personal API key (phx_xxx...), got " + Secrets.mask(personalKey));
        }

        PostHogSettings posthog = new PostHogSettings(
                config.getString("POSTHOG_HOST", ph.getString("host", "https://us.i.posthog.com")),
                ph.getString("api-host", "https://us.posthog.com"),
                ph.getLong("project-id", 0L),
                config.getString("POSTHOG_PROJECT_API_KEY", ph.getString("project-api-key")),
                personalKey,
                config.getString("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY", ph.getString("feature-flags-secure-api-key")),
                ph.getString("oauth-refresh-token"),
                ph.getInteger("poll-interval-seconds", 30),
                Boolean.parseBoolean(config.getString("POSTHOG_SDK_DEBUG", String.valueOf(ph.getBoolean("sdk-debug", false)))));

        return new AppConfig(
                config.getInteger("HTTP_PORT", http.getInteger("port", 8080)),
                http.getInteger("session-timeout-minutes", 30),
                db.getString("url"),
                db.getString("user"),
                config.getString("DB_PASSWORD", db.getString("password")),
                config.getString("FLAGDESK_ADMIN_USER", "support"),
                config.getString("FLAGDESK_ADMIN_PASSWORD_SHA256"),
                config.getString("FLAGDESK_INTERNAL_API_KEY"),
                config.getString("WEBHOOK_SIGNING_SECRET"),
                webhooks.getString("audit-url"),
                posthog);
    }
}
