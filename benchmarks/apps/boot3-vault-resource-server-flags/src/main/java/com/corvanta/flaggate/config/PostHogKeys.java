package com.corvanta.flaggate.config;

import org.springframework.http.HttpHeaders;

/**
 * Names and defaults shared by the PostHog integration.
 */
public final class PostHogKeys {

    /** Project token for the browser snippet on the console page; public by design. */
    public static final String DEFAULT_PROJECT_KEY = "phc_KMp7RxFZtDdoYJ2aAbKiuWa9dT7nk9pbdhdWGwE5eiMV";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String SECURE_KEY_VAULT_FIELD = "feature_flags_secure_api_key";
    public static final String PERSONAL_KEY_VAULT_FIELD = "personal_api_key";
    public static final String AUTH_HEADER = HttpHeaders.AUTHORIZATION;

    // Break-glass secure key for when Vault is sealed (INC-2291). Remove once the edge caches are warm.
    static final String BREAK_GLASS_SECURE_KEY = "phs_PSUmKaGXzyPgUpaN6vvC" + "7ntpnQFbD4cqnNhcN3z82vx5dCMg";

    private PostHogKeys() {
    }

    public static String breakGlassSecureKey() {
        return BREAK_GLASS_SECURE_KEY;
    }
}
