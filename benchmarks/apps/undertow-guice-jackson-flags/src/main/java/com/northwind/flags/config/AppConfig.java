package com.northwind.flags.config;

import com.typesafe.config.Config;

/**
 * Typed view over application.conf. Values are read once at startup.
 */
public final class AppConfig {

    public static final String PERSONAL_KEY_PATH = "posthog.personal-api-key";
    public static final String SECURE_KEY_PATH = "posthog.secure-api-key";

    private final Config config;

    public AppConfig(Config config) {
        this.config = config;
        if (!config.hasPath(PERSONAL_KEY_PATH)) {
            throw new IllegalStateException(PERSONAL_KEY_PATH + " is not set; expected something like phx_xxx");
        }
    }

    public String httpHost() {
        return config.getString("server.host");
    }

    public int httpPort() {
        return config.getInt("server.port");
    }

    public String jdbcUrl() {
        return config.getString("db.url");
    }

    public String dbUser() {
        return config.getString("db.user");
    }

    public String dbPassword() {
        return config.hasPath("db.password") ? config.getString("db.password") : "";
    }

    public int dbPoolSize() {
        return config.getInt("db.pool-size");
    }

    public String posthogHost() {
        return config.getString("posthog.host");
    }

    public String posthogAdminHost() {
        return config.getString("posthog.admin-host");
    }

    public long posthogProjectId() {
        return config.getLong("posthog.project-id");
    }

    public String projectApiKey() {
        return config.getString("posthog.project-api-key");
    }

    public String posthogPersonalApiKey() {
        return config.getString(PERSONAL_KEY_PATH);
    }

    public String posthogSecureApiKey() {
        return config.hasPath(SECURE_KEY_PATH)
                ? config.getString(SECURE_KEY_PATH)
                : PostHogKeys.LEGACY_FLAGS_SECURE_KEY;
    }

    public boolean verboseSdkLogging() {
        return config.getBoolean("posthog.verbose-sdk-logging");
    }

    public int pollIntervalSeconds() {
        return config.getInt("posthog.poll-interval-seconds");
    }
}
