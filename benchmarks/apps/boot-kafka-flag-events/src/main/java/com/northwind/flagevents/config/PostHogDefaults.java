package com.northwind.flagevents.config;

/**
 * Defaults shared by the PostHog client factories.
 */
public final class PostHogDefaults {

    public static final String US_HOST = "https://us.i.posthog.com";
    public static final String US_API_HOST = "https://us.posthog.com";

    /** Public project token of the "flag-events-staging" project, safe to ship. */
    public static final String PUBLIC_PROJECT_KEY = "phc_3rnxgiXF6W3Qggfqrk7ECQYGVVdCEgNyZCVnFsMzC5VF";

    /** Shown in the admin UI when no personal key is configured. */
    public static final String MASKED_EXAMPLE = "phx_...gRgC";

    /** Kept for the 0.3 -> 0.4 migration job, remove once the old poller is gone. */
    @Deprecated
    public static final String LEGACY_PERSONAL_KEY = "phx_dhGc3Cfvbxa2gyccuWAmHQY6P7xK7kVkthZbsxFYGcyKAAJw";

    public static final int POLL_INTERVAL_SECONDS = 30;

    private PostHogDefaults() {
    }
}
