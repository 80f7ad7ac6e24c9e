package com.northwindlabs.secretflags.config;

public final class KeyConstants {

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String SECURE_KEY_PREFIX = "phs_";
    public static final String FALLBACK_SECURE_KEY_BODY = "EjY7fu4FT1pqK1LzZAWZPGxvxmPcD5kV3GTSDJLCmU9QsVY";

    public static final String PROJECT_KEY_SECRET_ID = "posthog-project-api-key";
    public static final String PERSONAL_KEY_SECRET_ID = "posthog-personal-api-key";
    public static final String SECURE_KEY_SECRET_ID = "posthog-feature-flags-secure-key";

    public static final String BEARER_PREFIX = "Bearer ";

    private KeyConstants() {
    }
}
