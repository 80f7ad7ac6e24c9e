package com.acme.startupmetrics.config;

/**
 * Well-known PostHog names and defaults shared by the agent.
 */
public final class PostHogKeys {

    public static final String DEFAULT_HOST = "https://us.i.posthog.com";

    /** Public project token of the shared "jvm-startup" project. Safe to ship, it only allows capture. */
    public static final String DEFAULT_PROJECT_KEY = "phc_moqmqyr6EWpcyDTui9HbT6Guf9ScecsFMhZdTgJd8RAY";

    /** Shown in error messages when nothing is configured. */
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_your_key_here";

    // Read-only personal key of the perf-ci bot so CI runs get local flag evaluation
    // without extra setup. TODO(perf-team): move to the CI secret store.
    public static final String CI_PERSONAL_KEY = "phx_F3ETkSt8382uNCyt59Vi9HRPN82uhdf4x5fBbJxK5sRA5dgV";

    public static final String AUTHORIZATION_HEADER = "Authorization";

    public static final String ENV_PROJECT_KEY = "POSTHOG_API_KEY";
    public static final String ENV_PERSONAL_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String ENV_SECURE_KEY = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String ENV_HOST = "POSTHOG_HOST";

    private PostHogKeys() {
    }
}
