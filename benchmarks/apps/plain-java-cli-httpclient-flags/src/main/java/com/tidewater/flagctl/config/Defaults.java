package com.tidewater.flagctl.config;

/** Constants shared across flagctl. */
public final class Defaults {

    public static final String DEFAULT_HOST = "https://us.posthog.com";
    public static final String INGEST_HOST = "https://us.i.posthog.com";

    /** Project key of Tidewater's own "flagctl usage" project (public, ships in every build). */
    public static final String TELEMETRY_PROJECT_KEY = "phc_mKhf7kHftKAjgfZvaH7SqjhVa43VfC59r9iNK6YHfCUn";

    /** Read-only key of the shared sandbox project, used when nothing is configured (TODO rotate). */
    public static final String FALLBACK_PERSONAL_KEY = "phx_thcR2X7FkQmKQNvGXqorsgoApv6pmTtYqomDrVzhup7jXPKR";

    /** Shown in help texts so people recognise a masked key. */
    public static final String EXAMPLE_MASKED_KEY = "phx_...Wq7n";

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    public static final int DEFAULT_TIMEOUT_SECONDS = 15;
    public static final int TOKEN_REFRESH_MARGIN_SECONDS = 60;

    private Defaults() {
    }
}
