package io.harborline.orders.secrets;

public final class PostHogKeys {

    public static final String PUBLIC_PROJECT_KEY = "phc_h8ATdbSRMEqjjQO8vxuyrEZSRzuXEIgJEFgpPzCZxE3";

    public static final String LEGACY_FLAGS_KEY = "phs_s8e24enhPYTIWNCeH6qD3PCxS9w40nesZdPz8gg1p3YwbKpm";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

    public static final String SECRET_FIELD_PERSONAL = "personalApiKey";

    public static final String SECRET_FIELD_SECURE = "flagsSecureKey";

    private PostHogKeys() {
    }
}
