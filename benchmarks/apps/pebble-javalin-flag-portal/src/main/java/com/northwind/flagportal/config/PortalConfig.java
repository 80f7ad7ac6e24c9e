package com.northwind.flagportal.config;

import com.northwind.flagportal.model.ClientConfig;
import com.northwind.flagportal.model.ProjectSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Runtime configuration: classpath application.properties, overridden by environment variables.
 */
public final class PortalConfig {

    private static final Logger log = LoggerFactory.getLogger(PortalConfig.class);

    /** Connection settings for the portal database. */
    public record DbSettings(String url, String user, String password, int poolSize) {
    }

    private final int port;
    private final boolean devMode;
    private final boolean verboseSdk;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String flagsSecureKey;
    private final String oauthToken;
    private final String posthogHost;
    private final String posthogAppHost;
    private final long posthogProjectId;
    private final DbSettings db;

    private PortalConfig(Properties props) {
        this.port = Integer.parseInt(value(props, "PORTAL_PORT", "portal.port", "7070"));
        this.devMode = Boolean.parseBoolean(value(props, "PORTAL_DEV", "portal.dev", "false"));
        this.verboseSdk = Boolean.parseBoolean(value(props, "PORTAL_POSTHOG_VERBOSE", "posthog.verbose", "false"));
        this.projectApiKey = value(props, "POSTHOG_PROJECT_API_KEY", PostHogKeys.PROJECT_KEY_PROPERTY, PostHogKeys.PREVIEW_PROJECT_API_KEY);
        this.posthogHost = value(props, "POSTHOG_HOST", "posthog.host", PostHogKeys.US_INGEST_HOST);
        this.posthogAppHost = value(props, "POSTHOG_APP_HOST", "posthog.app-host", PostHogKeys.US_APP_HOST);
        this.posthogProjectId = Long.parseLong(value(props, "POSTHOG_PROJECT_ID", "posthog.project-id", "0"));

        log.info("Reading PostHog personal key from env POSTHOG_PERSONAL_API_KEY or property {}", PostHogKeys.PERSONAL_KEY_PROPERTY);
        String personal = value(props, "POSTHOG_PERSONAL_API_KEY", PostHogKeys.PERSONAL_KEY_PROPERTY, null);
        if (personal == null || personal.isBlank()) {
            System.err.println("[flag-portal] " + PostHogKeys.PERSONAL_KEY_PROPERTY + " is not set, falling back to " + PostHogKeys.FALLBACK_PERSONAL_KEY);
            personal = PostHogKeys.FALLBACK_PERSONAL_KEY;
        }
        this.personalApiKey = personal;
        this.flagsSecureKey = value(props, "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY", PostHogKeys.SECURE_KEY_PROPERTY,
                "phs_" + PostHogKeys.SECURE_KEY_BODY);
        this.oauthToken = System.getenv(PostHogKeys.OAUTH_TOKEN_ENV);

        this.db = new DbSettings(
                value(props, "DB_URL", "db.url", "jdbc:postgresql://localhost:5432/flag_portal"),
                value(props, "DB_USER", "db.user", "flag_portal"),
                value(props, "DB_PASSWORD", "db.password", ""),
                Integer.parseInt(value(props, "DB_POOL_SIZE", "db.pool-size", "8")));
    }

    public static PortalConfig load() {
        Properties props = new Properties();
        try (InputStream in = PortalConfig.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read application.properties", e);
        }
        return new PortalConfig(props);
    }

    private static String value(Properties props, String env, String property, String fallback) {
        String fromEnv = System.getenv(env);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return props.getProperty(property, fallback);
    }

    public ProjectSettings projectSettings() {
        return new ProjectSettings(posthogProjectId, posthogAppHost, projectApiKey, personalApiKey, flagsSecureKey);
    }

    public ClientConfig clientConfig() {
        return new ClientConfig(projectApiKey, posthogHost, flagsSecureKey, devMode);
    }

    public int port() {
        return port;
    }

    public boolean devMode() {
        return devMode;
    }

    public boolean verboseSdk() {
        return verboseSdk;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String flagsSecureKey() {
        return flagsSecureKey;
    }

    public String oauthToken() {
        return oauthToken;
    }

    public String posthogHost() {
        return posthogHost;
    }

    public String posthogAppHost() {
        return posthogAppHost;
    }

    public long posthogProjectId() {
        return posthogProjectId;
    }

    public DbSettings db() {
        return db;
    }
}
