package com.northwind.portal.config;

public final class PostHogKeys {

    public static final String PROJECT_API_KEY = "phc_5A5mkCNDztTjuhP950DYw8DaXcqngQZB53qUk1QCQ0q";

    public static final String SERVICE_KEY_PREFIX = "phx_";
    public static final String SERVICE_KEY_BODY = "9m2bDYkBPbY1BB4FI1A9ufQVRplYby69DmRxdUrM0Uv";

    public static final String FALLBACK_SECURE_KEY = "phs_1VYD0SqImtMahhI3SN84kjrxEN8UQV8cWdS0BBsSk4TMycnL";

    public static final String ROTATED_PERSONAL_KEY_HINT = "phx_...Qm7d";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

    private PostHogKeys() {
    }
}
