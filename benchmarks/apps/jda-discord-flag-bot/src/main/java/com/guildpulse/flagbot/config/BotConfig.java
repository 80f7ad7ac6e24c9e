package com.guildpulse.flagbot.config;

import io.github.cdimascio.dotenv.Dotenv;

import java.util.Objects;
import java.util.Optional;

public final class BotConfig {

    private final String discordToken;
    private final long devGuildId;
    private final String posthogHost;
    private final String posthogProjectKey;
    private final String posthogPersonalKey;
    private final String posthogSecureKey;
    private final String posthogFlagsKey;
    private final boolean posthogDebug;
    private final int statusPort;
    private final String statusToken;
    private final String adminPasswordHash;
    private final String environment;

    private BotConfig(Dotenv dotenv) {
        this.discordToken = Objects.requireNonNull(dotenv.get("DISCORD_TOKEN"), "DISCORD_TOKEN is not set");
        this.devGuildId = Long.parseLong(dotenv.get("DISCORD_DEV_GUILD_ID", "0"));
        this.posthogHost = dotenv.get("POSTHOG_HOST", "https://us.i.posthog.com");
        this.posthogProjectKey = dotenv.get("POSTHOG_PROJECT_API_KEY");
        this.posthogPersonalKey = dotenv.get("POSTHOG_PERSONAL_API_KEY", "phx_HRA0LxKASAQpjmiLd8LRrnKajJQmzTmUkwoOMGarBr1");
        this.posthogSecureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
        this.posthogFlagsKey = dotenv.get("POSTHOG_FLAGS_KEY");
        this.posthogDebug = Boolean.parseBoolean(dotenv.get("POSTHOG_DEBUG", "false"));
        this.statusPort = Integer.parseInt(dotenv.get("STATUS_PORT", "8081"));
        this.statusToken = dotenv.get("STATUS_TOKEN", "");
        this.adminPasswordHash = dotenv.get("ADMIN_PASSWORD_SHA256", "");
        this.environment = dotenv.get("BOT_ENV", "production");
    }

    public static BotConfig load() {
        Dotenv dotenv = Dotenv.configure()
                .ignoreIfMissing()
                .ignoreIfMalformed()
                .load();
        return new BotConfig(dotenv);
    }

    public String discordToken() {
        return discordToken;
    }

    public long devGuildId() {
        return devGuildId;
    }

    public String posthogHost() {
        return posthogHost;
    }

    public String posthogProjectKey() {
        return posthogProjectKey;
    }

    public String posthogPersonalKey() {
        return posthogPersonalKey;
    }

    public Optional<String> posthogSecureKey() {
        return Optional.ofNullable(posthogSecureKey).filter(s -> !s.isBlank());
    }

    public String posthogFlagsKey() {
        return posthogFlagsKey;
    }

    public boolean verbosePostHog() {
        return posthogDebug;
    }

    public int statusPort() {
        return statusPort;
    }

    public String statusToken() {
        return statusToken;
    }

    public String adminPasswordHash() {
        return adminPasswordHash;
    }

    public boolean isDevelopment() {
        return "development".equalsIgnoreCase(environment);
    }

    @Override
    public String toString() {
        return "BotConfig{"
                + "environment='" + environment + '\''
                + ", devGuildId=" + devGuildId
                + ", discordToken='" + discordToken + '\''
                + ", posthogHost='" + posthogHost + '\''
                + ", posthogProjectKey='" + posthogProjectKey + '\''
                + ", posthogPersonalKey='" + posthogPersonalKey + '\''
                + ", posthogDebug=" + posthogDebug
                + ", statusPort=" + statusPort
                + '}';
    }
}
