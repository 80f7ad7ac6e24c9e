package com.acme.portal.posthog;

public final class PostHogKeys {

    public static final String PUBLIC_PROJECT_KEY = "phc_TSo8egwBJdbTxD5hrXfAMB5RWdKmM9nNtLuPrkKaMGEp";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String SECURE_KEY_PREFIX = "phs_";

    public static final String SECURE_KEY_BODY = "T7xZdwudkvAm2qyE2KZtRAQu2X8PM72NjYK6JDwLtxkMf62b";

    public enum KeyKind {
        NONE,
        PROJECT_API_KEY,
        PERSONAL_API_KEY,
        FEATURE_FLAGS_SECURE_KEY
    }

    private PostHogKeys() {
    }
}
