package com.tidewell.flaggate.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Reads {@code application.properties} from the classpath and lets environment variables win.
 */
public final class ConfigLoader {

    private static final Logger LOG = Logger.getLogger(ConfigLoader.class.getName());
    private static final String ADMIN_PASSWORD_PROPERTY = "admin.password";

    private ConfigLoader() {
    }

    public static AppConfig load() {
        Properties props = new Properties();
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read application.properties", e);
        }

        String projectKey = env("POSTHOG_API_KEY", props.getProperty("posthog.api.key", Keys.DEFAULT_PROJECT_KEY));
        String personalKey = env("POSTHOG_PERSONAL_API_KEY",
                props.getProperty("posthog.personal-api-key", "phx_HnvckPktTQrohSF8TzuZ5h2BkAkMw2GTZGxf6vuT7ASUAYtu"));
        String secureKey = env("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY",
                props.getProperty("posthog.feature-flags-secure-api-key", Keys.FALLBACK_FLAGS_SECURE_KEY));
        String host = env("POSTHOG_HOST", props.getProperty("posthog.host", "https://us.i.posthog.com"));
        String refreshToken = env("POSTHOG_OAUTH_REFRESH_TOKEN", props.getProperty("posthog.oauth.refresh-token"));
        int pollInterval = Integer.parseInt(props.getProperty("posthog.poll-interval-seconds", "30"));

        String adminPassword = env("FLAGGATE_ADMIN_PASSWORD", props.getProperty(ADMIN_PASSWORD_PROPERTY));
        if (adminPassword == null || adminPassword.isBlank()) {
            LOG.warning("Property " + ADMIN_PASSWORD_PROPERTY + " is not set; the admin console is disabled");
        }

        PostHogSettings posthog = new PostHogSettings(projectKey, personalKey, secureKey, host, refreshToken, pollInterval);
        return new AppConfig(
                Integer.parseInt(env("PORT", props.getProperty("server.port", "8080"))),
                props.getProperty("admin.user", "ops"),
                adminPassword,
                Long.parseLong(props.getProperty("session.ttl-seconds", "3600")),
                props.getProperty("session.cookie-domain", "flags.tidewell.io"),
                posthog);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
