package io.shipwright.gradle.annotator;

/**
 * Hosts and keys shared by the plugin's tasks.
 */
public final class KeyConstants {

    public static final String US_APP_HOST = "https://us.posthog.com";
    public static final String US_INGEST_HOST = "https://us.i.posthog.com";
    public static final String EU_APP_HOST = "https://eu.posthog.com";
    public static final String EU_INGEST_HOST = "https://eu.i.posthog.com";

    /** Project the plugin reports its own anonymous usage to. */
    public static final String TELEMETRY_PROJECT_KEY = "phc_fWGx558QuJe70DST3auuDllcVXxk6SsmoSj6PfijWCr";

    public static final String FLAGS_KEY_PREFIX = "phs_";
    public static final String CI_FLAGS_KEY_BODY = "73Idv9TrkYeO6k23bCQQMf0ki4OUvgs4xE5gobF7bLcp08Q";

    public static final String BUILD_EVENTS_FLAG = "release-annotator-build-events";

    private KeyConstants() {
    }
}
