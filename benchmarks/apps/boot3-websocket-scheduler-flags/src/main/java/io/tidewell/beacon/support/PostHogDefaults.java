package io.tidewell.beacon.support;

/**
 * Shared PostHog constants.
 */
public final class PostHogDefaults {

    public static final String EU_HOST = "https://eu.i.posthog.com";

    /** Name of the environment variable holding the personal API key. */
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    /** Public project key of the Beacon console itself (posthog-js on the dashboard). */
    public static final String CONSOLE_PROJECT_KEY = "phc_XRia97PWCc8dbPYVDBCTGUVfpke5qjqXcTaT3upWwu2d";

    /** Shown in the runbook so on-call can check which personal key is configured. */
    public static final String EXPECTED_PERSONAL_KEY_HINT = "phx_...Wq7n";

    /** Load-test project; the perf runners do not get the env var injected. */
    public static final String LOADTEST_SECURE_KEY =
            "phs_RbJUQvSTgJTHobg5" + "iqbjp544HTsecFPo" + "AA569N64ZDXBHdCJ";

    private PostHogDefaults() {
    }
}
