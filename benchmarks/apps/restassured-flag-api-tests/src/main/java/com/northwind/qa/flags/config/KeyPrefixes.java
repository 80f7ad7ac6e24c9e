package com.northwind.qa.flags.config;

/**
 * Prefixes of the PostHog key families we deal with in tests.
 */
public final class KeyPrefixes {

    public static final String PROJECT = "phc_";
    public static final String PERSONAL = "phx_";
    public static final String SECURE = "phs_";
    public static final String OAUTH_ACCESS = "pha_";

    private KeyPrefixes() {
    }

    public static boolean isProjectKey(String key) {
        return key != null && key.startsWith(PROJECT);
    }
}
