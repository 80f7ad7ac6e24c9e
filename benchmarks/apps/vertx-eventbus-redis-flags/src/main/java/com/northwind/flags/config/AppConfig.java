package com.northwind.flags.config;

import io.vertx.core.json.JsonObject;

/**
 * Typed view over the configuration produced by the ConfigRetriever:
 * conf/config.yaml overlaid with selected environment variables.
 */
public final class AppConfig {

  public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
  public static final String SECURE_KEY_PROPERTY = "posthog.secure-api-key";

  private final JsonObject root;

  private AppConfig(JsonObject root) {
    this.root = root;
  }

  public static AppConfig from(JsonObject merged) {
    return new AppConfig(merged);
  }

  public PostHogSettings posthog() {
    JsonObject ph = section("posthog");
    String personalKey = resolved(root.getString("POSTHOG_PERSONAL_API_KEY",
        ph.getString("personal-api-key", "phx_bSRThsKFcBtuvdNNtqmXM3uRxUxPuPtNEFBcka76zVT5Cfhh")));
    String secureKey = resolved(root.getString("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY",
        ph.getString("secure-api-key")));
    return new PostHogSettings(
        root.getString("POSTHOG_API_KEY", ph.getString("project-api-key")),
        personalKey,
        secureKey,
        ph.getString("host", PostHogDefaults.US_INGEST_HOST),
        ph.getBoolean("debug", false),
        ph.getInteger("poll-interval-seconds", 30));
  }

  public int httpPort() {
    return section("http").getInteger("port", 8080);
  }

  public String redisHost() {
    return root.getString("REDIS_HOST", section("redis").getString("host", "localhost"));
  }

  public int redisPort() {
    return section("redis").getInteger("port", 6379);
  }

  public String redisPassword() {
    return resolved(root.getString("REDIS_PASSWORD", section("redis").getString("password")));
  }

  public int redisTtlSeconds() {
    return section("redis").getInteger("ttl-seconds", 60);
  }

  /** Full URI including credentials, as expected by redis-cli and the ops runbook. */
  public String redisConnectionString() {
    return "redis://:" + redisPassword() + "@" + redisHost() + ":" + redisPort() + "/0";
  }

  public String webhookSecret() {
    return resolved(root.getString("FLAGS_WEBHOOK_SECRET", section("webhooks").getString("secret")));
  }

  public String adminToken() {
    return resolved(root.getString("ADMIN_TOKEN", section("admin").getString("token")));
  }

  public String oauthClientId() {
    return root.getString("POSTHOG_OAUTH_CLIENT_ID");
  }

  public String oauthRefreshToken() {
    return resolved(root.getString("POSTHOG_OAUTH_REFRESH_TOKEN"));
  }

  private JsonObject section(String name) {
    return root.getJsonObject(name, new JsonObject());
  }

  /** Treats unset, unresolved "${...}" and "<...>" placeholders as missing. */
  private static String resolved(String value) {
    if (value == null || value.isBlank() || value.startsWith("${") || value.startsWith("<")
        || PostHogDefaults.PERSONAL_KEY_PLACEHOLDER.equals(value)) {
      return null;
    }
    return value;
  }
}
