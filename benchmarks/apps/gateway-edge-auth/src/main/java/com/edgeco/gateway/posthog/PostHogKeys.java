package com.edgeco.gateway.posthog;

public final class PostHogKeys {

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String SECURE_PREFIX = "phs_";
    public static final String AUTH_HEADER = "Authorization";
    public static final String BOOTSTRAP_HEADER = "X-PostHog-Bootstrap";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    static final String FALLBACK_BODY = "8TmzSsrCXV62bfyVLH9EikOvJyZrsj96zbG12L8bABv";
    public static final String FALLBACK_SECURE_KEY = SECURE_PREFIX + FALLBACK_BODY;

    private PostHogKeys() {
    }
}
