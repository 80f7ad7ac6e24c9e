package dev.opsbots.flagbot.config;

import java.time.Duration;

public final class Defaults {

    public static final String CONFIG_ENV = "FLAGBOT_CONFIG";
    public static final String CONFIG_FILE = "bot.yml";

    public static final String POSTHOG_HOST = "https://eu.posthog.com";
    public static final long POSTHOG_PROJECT_ID = 48213L;

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String OAUTH_TOKEN_ENV = "POSTHOG_OAUTH_ACCESS_TOKEN";
    public static final String TELEGRAM_TOKEN_ENV = "TELEGRAM_BOT_TOKEN";
    public static final String PASSPHRASE_ENV = "FLAGBOT_OPERATOR_PASSPHRASE";

    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String STAGING_KEY_BODY = "K5XJbCaHzNQCY8kHP2NeaIruymHUtVdxueRC57bkq7W";

    public static final Duration HTTP_TIMEOUT = Duration.ofSeconds(15);
    public static final int SESSION_MINUTES = 30;

    private Defaults() {
    }
}
