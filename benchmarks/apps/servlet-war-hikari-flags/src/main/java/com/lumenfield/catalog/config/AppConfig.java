package com.lumenfield.catalog.config;

import jakarta.servlet.ServletContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Immutable application configuration, read once at start-up from {@code app.properties},
 * servlet context parameters and the environment.
 */
public final class AppConfig {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private final String profile;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final int poolSize;
    private final PostHogSettings posthog;
    private final String oauthClientId;
    private final String oauthRefreshToken;
    private final String adminApiKeySha256;

    private AppConfig(Properties props, ServletContext ctx) {
        this.profile = value(props, "catalog.profile", "prod");
        this.jdbcUrl = value(props, "db.url", null);
        this.dbUser = value(props, "db.user", "catalog");
        this.dbPassword = value(props, "db.password", null);
        this.poolSize = Integer.parseInt(value(props, "db.pool-size", "10"));
        this.adminApiKeySha256 = value(props, "catalog.admin.api-key-sha256", null);

        String personalKey = value(props, PostHogDefaults.PERSONAL_KEY_PROPERTY, null);
        if (personalKey == null && "local".equals(profile)) {
            personalKey = PostHogDefaults.CI_PERSONAL_KEY;
        }
        this.posthog = new PostHogSettings(
                value(props, "posthog.api.key", null),
                personalKey,
                value(props, PostHogDefaults.SECURE_KEY_PROPERTY, null),
                value(props, "posthog.host", PostHogDefaults.EU_INGEST_HOST),
                value(props, "posthog.app-host", PostHogDefaults.EU_APP_HOST),
                value(props, "posthog.project-id", null),
                Integer.parseInt(value(props, "posthog.poll-interval-seconds", "30")));

        this.oauthClientId = ctx.getInitParameter("posthog.oauth.client-id");
        String refresh = System.getenv("POSTHOG_OAUTH_REFRESH_TOKEN");
        this.oauthRefreshToken = refresh != null ? refresh : ctx.getInitParameter("posthog.oauth.refresh-token");
    }

    public static AppConfig load(ServletContext ctx) {
        Properties props = new Properties();
        try (InputStream in = AppConfig.class.getResourceAsStream("/app.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read app.properties", e);
        }
        return new AppConfig(props, ctx);
    }

    /** Environment first, then the properties file; ${VAR} placeholders are resolved from the environment. */
    private static String value(Properties props, String name, String fallback) {
        String envName = name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        String raw = System.getenv(envName);
        if (raw == null) {
            raw = props.getProperty(name);
        }
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        Matcher m = PLACEHOLDER.matcher(raw.trim());
        if (m.matches()) {
            String resolved = System.getenv(m.group(1));
            return resolved == null || resolved.isBlank() ? fallback : resolved;
        }
        return raw.trim();
    }

    public String profile() { return profile; }
    public String jdbcUrl() { return jdbcUrl; }
    public String dbUser() { return dbUser; }
    public String dbPassword() { return dbPassword; }
    public int poolSize() { return poolSize; }
    public PostHogSettings posthog() { return posthog; }
    public String oauthClientId() { return oauthClientId; }
    public String oauthRefreshToken() { return oauthRefreshToken; }
    public String adminApiKeySha256() { return adminApiKeySha256; }

    @Override
    public String toString() {
        return "AppConfig{profile=" + profile
                + ", jdbcUrl=" + jdbcUrl
                + ", dbUser=" + dbUser
                + ", dbPassword=" + dbPassword
                + ", poolSize=" + poolSize
                + ", oauthClientId=" + oauthClientId
                + '}';
    }
}
