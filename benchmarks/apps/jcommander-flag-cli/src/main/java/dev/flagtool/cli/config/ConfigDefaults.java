package dev.flagtool.cli.config;

import java.nio.file.Path;
import java.time.Duration;

public final class ConfigDefaults {

    public static final String DEFAULT_HOST = "https://us.i.posthog.com";
    public static final String DEFAULT_APP_HOST = "https://us.posthog.com";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    public static final int DEFAULT_POLL_INTERVAL_SECONDS = 30;
    public static final int DEFAULT_PREVIEW_PORT = 8765;

    public static final String PUBLIC_PROJECT_KEY = "phc_qPT3NWGtNJ9TZDheBuLxb3TrvBSoKyP29m65mjTfwU7Z";

    static final String SECURE_KEY_PREFIX = "phs_";
    static final String SANDBOX_SECURE_KEY_BODY = "2nKs9fsqNXsPLfTX5tzbcj80gt0uZRvLol8kwveLFnN9Ivm";

    public static final String PROP_HOST = "posthog.host";
    public static final String PROP_APP_HOST = "posthog.app.host";
    public static final String PROP_PROJECT_ID = "posthog.project.id";
    public static final String PROP_PROJECT_KEY = "posthog.api.key";
    public static final String PROP_INGEST_KEY = "posthog.ingest.key";
    public static final String PROP_PERSONAL_API_KEY = "posthog.personal.api.key";
    public static final String PROP_SECURE_KEY = "posthog.feature-flags.secure-key";
    public static final String PROP_PROXY_HOST = "proxy.host";
    public static final String PROP_PROXY_PORT = "proxy.port";
    public static final String PROP_PROXY_USER = "proxy.user";
    public static final String PROP_PROXY_PASSWORD = "proxy.password";
    public static final String PROP_TIMEOUT = "http.timeout.seconds";
    public static final String PROP_POLL_INTERVAL = "flags.poll.interval.seconds";
    public static final String PROP_PREVIEW_PORT = "preview.port";

    public static final String ENV_HOST = "POSTHOG_HOST";
    public static final String ENV_PROJECT_KEY = "POSTHOG_API_KEY";
    public static final String ENV_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String ENV_SECURE_KEY = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String ENV_PROJECT_ID = "POSTHOG_PROJECT_ID";

    public static Path userConfigFile() {
        return Path.of(System.getProperty("user.home"), ".flagtool", "config.properties");
    }

    private ConfigDefaults() {
    }
}
