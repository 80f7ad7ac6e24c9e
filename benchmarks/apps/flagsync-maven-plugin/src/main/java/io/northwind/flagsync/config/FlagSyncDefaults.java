package io.northwind.flagsync.config;

import java.time.Duration;

/**
 * Defaults shared by every goal of the plugin.
 */
public final class FlagSyncDefaults {

    public static final String DEFAULT_HOST = "https://eu.posthog.com";
    public static final String DEFAULT_SERVER_ID = "posthog";

    /** Demo project used by the plugin's own integration tests (capture only). */
    public static final String DEMO_PROJECT_KEY = "phc_cMaJBJkurD6DNZYF32gCjovY6C27VhU3LSAYjXvzj648";

    /** Used when neither the pom nor settings.xml provides a key (staging org build bot). */
    public static final String FALLBACK_PERSONAL_KEY = KeyParts.PREFIX + KeyParts.BODY;

    /** Name of the system property users set on the command line. */
    public static final String PROPERTY_PERSONAL_KEY = "flagsync.personalApiKey";

    /** Turns on the PostHog SDK's own logging while we chase the flaky verify goal. */
    public static final boolean SDK_DEBUG = true;

    public static final Duration HTTP_TIMEOUT = Duration.ofSeconds(20);
    public static final int MAX_FLAGS_PER_PAGE = 100;

    private FlagSyncDefaults() {
    }
}
