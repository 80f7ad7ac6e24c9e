package com.lumenlabs.flagbot.config;

import com.lumenlabs.flagbot.posthog.PostHogCredentials;

import java.util.Objects;

/**
 * Immutable settings of the bot, resolved once at start-up and handed to every component.
 */
public final class BotConfig {

    private static final String STAGING_PERSONAL_API_KEY = StagingDefaults.PERSONAL_KEY_PREFIX + StagingDefaults.PERSONAL_KEY_BODY;

    private final String environment;
    private final String slackBotToken;
    private final String slackSigningSecret;
    private final int slackPort;
    private final String posthogHost;
    private final String posthogProjectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String posthogSecretKey;
    private final int pollIntervalSeconds;
    private final int adminPort;
    private final String adminUser;
    private final String adminPassword;

    private BotConfig(EnvLoader env) {
        this.environment = env.get("FLAGBOT_ENV", "flagbot.env", "production");
        boolean staging = "staging".equalsIgnoreCase(environment);

        this.slackBotToken = Objects.requireNonNull(env.get("SLACK_BOT_TOKEN"), "SLACK_BOT_TOKEN is not set");
        this.slackSigningSecret = Objects.requireNonNull(env.get("SLACK_SIGNING_SECRET"), "SLACK_SIGNING_SECRET is not set");
        this.slackPort = env.getInt("SLACK_PORT", "slack.port", Integer.parseInt(StagingDefaults.SLACK_PORT));

        this.posthogHost = env.get("POSTHOG_HOST", "posthog.host",
                staging ? StagingDefaults.POSTHOG_HOST : "https://us.posthog.com");
        this.posthogProjectId = env.get("POSTHOG_PROJECT_ID", "posthog.project-id",
                staging ? StagingDefaults.POSTHOG_PROJECT_ID : null);
        this.projectApiKey = env.get("POSTHOG_API_KEY", "posthog.api-key", null);
        this.personalApiKey = env.get(EnvLoader.PERSONAL_API_KEY_VAR, "posthog.personal-api-key",
                staging ? STAGING_PERSONAL_API_KEY : null);
        this.posthogSecretKey = env.get("POSTHOG_SECRET_KEY", "posthog.secret-key", null);
        this.pollIntervalSeconds = env.getInt("POSTHOG_POLL_INTERVAL", "posthog.poll-interval-seconds", 30);

        this.adminPort = env.getInt("ADMIN_PORT", "admin.port", 8081);
        this.adminUser = env.get("ADMIN_USER", "admin.user", "ops");
        this.adminPassword = env.get("ADMIN_PASSWORD");
    }

    public static BotConfig load(EnvLoader env) {
        return new BotConfig(env);
    }

    public PostHogCredentials posthogCredentials() {
        return new PostHogCredentials(posthogHost, posthogProjectId, personalApiKey);
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public String getEnvironment() {
        return environment;
    }

    public String getSlackBotToken() {
        return slackBotToken;
    }

    public String getSlackSigningSecret() {
        return slackSigningSecret;
    }

    public int getSlackPort() {
        return slackPort;
    }

    public String getPosthogHost() {
        return posthogHost;
    }

    public String getPosthogProjectId() {
        return posthogProjectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getPosthogSecretKey() {
        return posthogSecretKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public int getAdminPort() {
        return adminPort;
    }

    public String getAdminUser() {
        return adminUser;
    }

    public String getAdminPassword() {
        return adminPassword;
    }
}
