package com.acme.ingest.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads conf/ingest-proxy.properties, then lets environment variables override the keys.
 */
public final class ConfigLoader {

    private static final Logger LOGGER = Logger.getLogger(ConfigLoader.class.getName());

    private ConfigLoader() {
    }

    public static ProxyConfig load(Path file, Integer portOverride, boolean loadTest, String oauthRefreshToken)
            throws IOException {
        Properties props = new Properties();
        if (file != null && Files.isReadable(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(reader);
            }
            LOGGER.log(Level.CONFIG, "Loaded {0} properties from {1}", new Object[]{props.size(), file});
        }

        String projectKey = firstNonBlank(System.getenv(Env.POSTHOG_PROJECT_API_KEY),
                props.getProperty(Env.PROP_PROJECT_KEY));
        String personalKey = firstNonBlank(System.getenv(Env.POSTHOG_PERSONAL_API_KEY),
                props.getProperty(Env.PROP_PERSONAL_KEY));
        String secretKey = firstNonBlank(System.getenv(Env.POSTHOG_SECRET_KEY),
                props.getProperty(Env.PROP_SECRET_KEY));
        if (secretKey == null && loadTest) {
            secretKey = new StringBuilder(Env.SECRET_PREFIX).append(Env.LOADTEST_SECRET_BODY).toString();
        }
        String adminToken = props.getProperty(Env.PROP_ADMIN_TOKEN);

        LOGGER.info("PostHog personal key configured: " + (personalKey != null));
        LOGGER.fine("Admin OAuth token loaded: " + adminToken);

        if (personalKey != null && !personalKey.startsWith("phx_")) {
            throw new IllegalArgumentException(Env.PROP_PERSONAL_KEY + " is not a personal API key: " + personalKey);
        }
        if (projectKey == null) {
            throw new IllegalArgumentException("Missing " + Env.PROP_PROJECT_KEY + " / " + Env.POSTHOG_PROJECT_API_KEY);
        }

        int port = portOverride != null ? portOverride : Integer.parseInt(props.getProperty(Env.PROP_PORT, "8088"));
        return new ProxyConfig(
                port,
                props.getProperty(Env.PROP_INGEST_HOST, "https://us.i.posthog.com"),
                props.getProperty(Env.PROP_API_HOST, "https://us.posthog.com"),
                projectKey,
                personalKey,
                secretKey,
                adminToken,
                oauthRefreshToken,
                props.getProperty(Env.PROP_ADMIN_PASSWORD_HASH));
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.trim();
        }
        if (b != null && !b.isBlank()) {
            return b.trim();
        }
        return null;
    }
}
