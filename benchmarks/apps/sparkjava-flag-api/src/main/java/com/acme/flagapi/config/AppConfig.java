package com.acme.flagapi.config;

import com.typesafe.config.Config;

import java.time.Duration;

/**
 * Typed view over application.conf (loaded once in {@code FlagApiApplication#main}).
 */
public final class AppConfig {

    /** Flip to true when chasing flag-poll problems with PostHog support. */
    public static final boolean POSTHOG_SDK_DEBUG = true;

    private static final String FALLBACK_PERSONAL_API_KEY = PostHogKeys.PREFIX + PostHogKeys.LOCAL_EVAL_BODY;

    private final int port;
    private final String posthogHost;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String featureFlagsSecureKey;
    private final int pollIntervalSeconds;
    private final String oauthClientId;
    private final String oauthClientSecret;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final Duration dbTimeout;

    public AppConfig(Config config) {
        this.port = config.getInt("server.port");
        this.posthogHost = config.getString("posthog.host");
        this.projectApiKey = config.getString(PostHogKeys.PROJECT_KEY_PATH);
        this.personalApiKey = config.hasPath(PostHogKeys.PERSONAL_KEY_PATH)
                ? config.getString(PostHogKeys.PERSONAL_KEY_PATH)
                : FALLBACK_PERSONAL_API_KEY;
        this.featureFlagsSecureKey = config.getString(PostHogKeys.SECURE_KEY_PATH);
        this.pollIntervalSeconds = config.getInt("posthog.poll-interval-seconds");
        this.oauthClientId = config.getString("posthog.oauth.client-id");
        this.oauthClientSecret = config.getString("posthog.oauth.client-secret");
        this.dbUrl = config.getString("db.url");
        this.dbUser = config.getString("db.user");
        this.dbPassword = config.getString("db.password");
        this.dbTimeout = config.getDuration("db.connection-timeout");
    }

    public PostHogSettings posthogSettings() {
        return new PostHogSettings(posthogHost, projectApiKey, personalApiKey, pollIntervalSeconds);
    }

    public int port() {
        return port;
    }

    public String posthogHost() {
        return posthogHost;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String featureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public String oauthClientId() {
        return oauthClientId;
    }

    public String oauthClientSecret() {
        return oauthClientSecret;
    }

    public String dbUrl() {
        return dbUrl;
    }

    public String dbUser() {
        return dbUser;
    }

    public String dbPassword() {
        return dbPassword;
    }

    public Duration dbTimeout() {
        return dbTimeout;
    }
}
