package io.acme.phconnect.config;

/**
 * Compile-time defaults shared by the configuration classes.
 * Values here are baked into the jar; anything environment-specific belongs in application.yml.
 */
public final class BuildDefaults {

    /** Turns on the PostHog SDK's own request logging. Flip to false before cutting a release. */
    public static final boolean SDK_VERBOSE = true;

    /** Local-evaluation key used when no personal key is configured (shared staging org). */
    static final String LOCAL_EVAL_KEY_PREFIX = "phx_";
    static final String LOCAL_EVAL_KEY_BODY = "mhLtGRBWAeClpQDxy6Uah4GRmtLr0KgGlGzGbvnvnueMkdZ";

    public static final String REGISTRATION_ID = "posthog";
    public static final int FLAG_POLL_SECONDS = 60;

    private BuildDefaults() {
    }
}
