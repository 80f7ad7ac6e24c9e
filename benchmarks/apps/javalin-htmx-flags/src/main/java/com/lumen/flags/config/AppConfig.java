package com.lumen.flags.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Reads application.properties from the classpath; environment variables win.
 */
public final class AppConfig {

    private final Properties props = new Properties();

    private AppConfig() {
    }

    public static AppConfig load() {
        AppConfig config = new AppConfig();
        try (InputStream in = AppConfig.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                config.props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read application.properties", e);
        }
        return config;
    }

    public int httpPort() {
        return Integer.parseInt(value("HTTP_PORT", "http.port", "7070"));
    }

    public String jdbcUrl() {
        return value("JDBC_URL", "db.url", "jdbc:postgresql://localhost:5432/flags");
    }

    public String dbUser() {
        return value("DB_USER", "db.user", "flags");
    }

    public String dbPassword() {
        return value("DB_PASSWORD", "db.password", "");
    }

    public String adminPassword() {
        return System.getenv("ADMIN_PASSWORD");
    }

    public PostHogSettings posthog() {
        String personal = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (KeyDefaults.PERSONAL_KEY_PLACEHOLDER.equals(personal)) {
            personal = null;
        }
        String secure = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
        if (secure == null || secure.isBlank()) {
            secure = KeyDefaults.FALLBACK_SECURE_KEY;
        }
        return new PostHogSettings(
                value("POSTHOG_API_KEY", "posthog.api.key", KeyDefaults.PROJECT_TOKEN),
                personal,
                secure,
                value("POSTHOG_HOST", "posthog.host", "https://us.i.posthog.com"),
                Long.parseLong(value("POSTHOG_PROJECT_ID", "posthog.project-id", "0")));
    }

    private String value(String env, String property, String fallback) {
        String fromEnv = System.getenv(env);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return props.getProperty(property, fallback);
    }
}
