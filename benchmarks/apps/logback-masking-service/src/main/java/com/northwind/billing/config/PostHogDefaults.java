package com.northwind.billing.config;

public final class PostHogDefaults {

    /** Public project token of the "billing-web" project; safe to ship to browsers. */
    public static final String PUBLIC_PROJECT_KEY = "phc_bZuGrWmquCXZKJnMwaaxc6haBppfG9kHvbZYnTuhYp8VbGLq";

    /** How the PostHog UI shows our personal key; used in runbooks and log lines. */
    public static final String PERSONAL_KEY_HINT = "phx_...rdkX";

    public static final String US_HOST = "https://us.i.posthog.com";
    public static final String ADMIN_API = "https://us.posthog.com/api";

    private PostHogDefaults() {
    }
}
