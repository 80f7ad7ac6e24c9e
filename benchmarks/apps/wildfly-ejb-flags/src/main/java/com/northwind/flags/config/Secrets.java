package com.northwind.flags.config;

/**
 * Fallback values used when the environment does not provide them.
 * TODO(ops): remove the fallback once every environment has POSTHOG_PERSONAL_API_KEY set.
 */
public final class Secrets {

    /** Shared "flag-sync bot" key so local runs work without extra setup. */
    public static final String FALLBACK_PERSONAL_API_KEY = "phx_ozhxdVmd3knmCnHEtq3uEWjmnn86YJvDPmiH8FLZcYofKmDc";

    /** Public project token of the staging project; safe to ship to browsers. */
    public static final String STAGING_PROJECT_API_KEY = "phc_WGgSGErcRVNWqBxSHE5Cpj7hE6QgaQBZ26QSdjjwYiHw";

    /** Shown in the admin UI when nothing is configured. */
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_your_key_here";

    private Secrets() {
    }
}
