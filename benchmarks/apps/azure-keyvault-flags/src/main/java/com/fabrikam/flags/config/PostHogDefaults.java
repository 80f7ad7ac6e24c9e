package com.fabrikam.flags.config;

public final class PostHogDefaults {

    public static final String EU_HOST = "https://eu.i.posthog.com";
    public static final String EU_APP_HOST = "https://eu.posthog.com";

    public static final String PROJECT_API_KEY = "phc_WO7HDHIQEEGYdsivj1pxRlivI0CYO9u1D309t7BKX46";

    public static final String SECURE_KEY_PREFIX = "phs_";
    public static final String STAGING_SECURE_KEY_BODY = "ttIGY3nnWWqcL4vVwX7ztgIDwZ5ikNUU0cvLcKnVUPOusjv2";

    public static final String SECURE_KEY_ROTATION_HINT = "phs_...sjv2";

    private PostHogDefaults() {
    }

    public enum ApiKeyKind {
        PROJECT("phc_"),
        PERSONAL("phx_"),
        FEATURE_FLAGS_SECURE("phs_"),
        UNKNOWN("");

        private final String prefix;

        ApiKeyKind(String prefix) {
            this.prefix = prefix;
        }

        public static ApiKeyKind detect(String key) {
            if (key == null) {
                return UNKNOWN;
            }
            for (ApiKeyKind kind : values()) {
                if (!kind.prefix.isEmpty() && key.startsWith(kind.prefix)) {
                    return kind;
                }
            }
            return UNKNOWN;
        }
    }
}
