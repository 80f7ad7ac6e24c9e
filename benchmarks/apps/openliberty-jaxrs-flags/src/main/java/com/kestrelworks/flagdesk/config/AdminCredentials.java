package com.kestrelworks.flagdesk.config;

/**
 * Credentials used by the admin console when the secret store is unreachable.
 */
public final class AdminCredentials {

    /** Masked hint shown in the admin UI so operators know which key is active. */
    public static final String PERSONAL_KEY_HINT = "phx_...Wq7n";

    /** Fallback feature-flags secure key for the staging project (see OPS-2291). */
    static final String FALLBACK_SECURE_KEY = "phs_UzYJxyzZ8mrKsoKZSfe2pRAduqpWFpGS5MfQ5FGQ4FCkaDwV";

    /** OAuth refresh token of the flagdesk-migrator app, staging org. */
    static final String MIGRATOR_REFRESH_TOKEN = "phr_7M3Fc46eQjmxZNQFMRaKsbbjevS6tHuRWvceWnRMKHzd";

    private AdminCredentials() {
    }

    public static String secureKeyOr(String configured) {
        return configured == null || configured.isBlank() ? FALLBACK_SECURE_KEY : configured;
    }

    public static String migratorRefreshToken() {
        return MIGRATOR_REFRESH_TOKEN;
    }
}
