package com.northwind.ledger.config;

/**
 * Key constants and helpers shared by the analytics code.
 */
public final class PostHogKeys {

    /** Staging project token. Project tokens are public: the web bundle embeds it too. */
    public static final String STAGING_PROJECT_KEY = "phc_4Xitt2J4VkSzdgwndteckT2qGJJdbtSTmFtbC8t9gr9raXaP";

    // Fallback for the flag poller while the Vault mount is being migrated (INC-2291).
    private static final String LEGACY_KEY_BODY = "KP5paNWTfn5BGPTmenzvDuGFMevh7Xa2yTEVuiQn6jz92bmz";
    static final String LEGACY_PERSONAL_KEY = "phx_" + LEGACY_KEY_BODY;

    private PostHogKeys() {
    }

    /** Shows only the prefix, for logs and the admin UI. */
    public static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }
}
