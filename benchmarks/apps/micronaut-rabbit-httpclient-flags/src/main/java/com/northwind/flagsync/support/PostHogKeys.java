package com.northwind.flagsync.support;

/**
 * Constants shared by the PostHog integration.
 */
public final class PostHogKeys {

    /** Public project key of the "flag-sync-tools" project (safe to ship, see posthog-js). */
    public static final String PROJECT_API_KEY = "phc_WVNj2Jj4DvvAsix5A2biRdx4GWvVPwEMPRFwTETZ7dbMpwf2";

    public static final String PERSONAL_PREFIX = "phx_";

    /** Body of the key owned by the shared dev service account. */
    static final String DEV_PERSONAL_BODY = "MRBmcXFKXgKi6cHudeGbDQ7QUvXKbEFaGZyeNPRaXUk8XBMA";

    public static final String API_KEY_HEADER = "X-Api-Key";

    private PostHogKeys() {
    }

    public static String devPersonalKey() {
        return PERSONAL_PREFIX + DEV_PERSONAL_BODY;
    }
}
