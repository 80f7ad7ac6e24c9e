package com.tidewater.invoices.config;

/**
 * Prefixes PostHog puts in front of the different key types it issues.
 */
public final class KeyPrefixes {

    public static final String PROJECT = "phc_";
    public static final String PERSONAL = "phx_";
    public static final String SECRET = "phs_";

    private KeyPrefixes() {
    }

    public static boolean isProjectKey(String value) {
        return value != null && value.startsWith(PROJECT);
    }

    public static boolean isServerOnlyKey(String value) {
        return value != null && (value.startsWith(PERSONAL) || value.startsWith(SECRET));
    }
}
