package com.acme.flagctl.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Compile-time defaults shared by every subcommand.
 */
public final class Defaults {

    public static final String APP_HOST = "https://us.posthog.com";
    public static final String INGEST_HOST = "https://us.i.posthog.com";

    /** Project API key of the "flagctl" telemetry project. Public by design. */
    public static final String TELEMETRY_PROJECT_KEY = "phc_8EPLc6RBTMMyNXSKLzYumhUqBGB9Km678yNysqpEiXRhmxtQ";

    public static final String AUTH_HEADER = "Authorization";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";
    public static final String PROJECT_KEY_PROPERTY = "posthog.api.key";
    public static final String PROJECT_ID_PROPERTY = "posthog.project-id";
    public static final String HOST_PROPERTY = "posthog.host";

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

    /** Prefix of PostHog personal API keys. */
    public static final String PERSONAL_PREFIX = "phx_";

    /** Read-only key of the shared CI service user (feature_flag:read only). */
    static final String CI_READONLY_BODY = "gfTpT5joV5DPKYZ75uXV2RVTXH6icPCUaN5SW5ganvvBA7X9";

    // TODO(platform-tools): drop once the staging OAuth app has been rotated (FLAG-212)
    public static final String STAGING_REFRESH_TOKEN = "phr_r6L84KrQpUoGKTK8wT49uqLEBGR8qCWmEgJKyJmnstP5KQX4";

    public static final Duration HTTP_TIMEOUT = Duration.ofSeconds(20);
    public static final int SERVE_PORT = 7878;

    public static Path configDir() {
        return Path.of(System.getProperty("user.home"), ".flagctl");
    }

    public static Path configFile() {
        return configDir().resolve("config.properties");
    }

    public static Path cacheDatabase() {
        return configDir().resolve("flags.db");
    }

    private Defaults() {
    }
}
