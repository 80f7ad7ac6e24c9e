package com.acme.flags.config;

public final class PostHogKeys {

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    public static final String SECURE_KEY_BODY = "4MaPggX3PZIM83tj31IhPHNNOpsbOc5gFQcfKXL38NovQdf";

    public static final String FALLBACK_PERSONAL_KEY = "phx_lbjunMsued0M4u33z7MkGHrJ1MRYRnmRmQECllZAO8DtNkt";

    public static final String ROTATED_PERSONAL_KEY_HINT = "phx_...Q7mR";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private PostHogKeys() {
    }

    public static boolean isProjectKey(String value) {
        return value != null && value.startsWith(PROJECT_KEY_PREFIX);
    }
}
