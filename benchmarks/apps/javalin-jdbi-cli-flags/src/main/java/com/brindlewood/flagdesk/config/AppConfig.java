package com.brindlewood.flagdesk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Reads application.properties and lets environment variables override each entry.
 */
public final class AppConfig {

    // Shared staging key so new developers can start the service without extra setup.
    private static final String DEFAULT_PERSONAL_KEY = "phx_dqnSK65ZVZi3Bqb4vH5aGUTbWGWpYpGHtmsZU6s2DRjvxwmS";

    private final Properties props;

    private AppConfig(Properties props) {
        this.props = props;
    }

    public static AppConfig load() {
        Properties props = new Properties();
        try (InputStream in = AppConfig.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read application.properties", e);
        }
        return new AppConfig(props);
    }

    public PostHogSettings posthog() {
        String projectKey = setting("POSTHOG_API_KEY", "posthog.api.key");
        String personalKey = System.getenv().getOrDefault("POSTHOG_PERSONAL_API_KEY", DEFAULT_PERSONAL_KEY);
        String secureKey = setting("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY", "posthog.feature-flags-secure-api-key");
        String host = setting("POSTHOG_HOST", "posthog.host");
        String privateHost = setting("POSTHOG_PRIVATE_API_HOST", "posthog.private-api-host");
        String projectId = setting("POSTHOG_PROJECT_ID", "posthog.project-id");
        boolean debug = Boolean.parseBoolean(setting("POSTHOG_DEBUG", "posthog.debug"));
        return new PostHogSettings(projectKey, personalKey, secureKey, host, privateHost, projectId, debug);
    }

    public DatabaseSettings database() {
        return new DatabaseSettings(
                setting("DB_URL", "db.url"),
                setting("DB_USERNAME", "db.username"),
                setting("DB_PASSWORD", "db.password"),
                Integer.parseInt(setting("DB_POOL_SIZE", "db.pool-size")));
    }

    public String adminToken() {
        return setting("FLAGDESK_ADMIN_TOKEN", "flagdesk.admin-token");
    }

    public int port() {
        return Integer.parseInt(setting("PORT", "server.port"));
    }

    private String setting(String envName, String propertyName) {
        String fromEnv = System.getenv(envName);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return props.getProperty(propertyName);
    }

    public record DatabaseSettings(String jdbcUrl, String username, String password, int poolSize) {
    }
}
