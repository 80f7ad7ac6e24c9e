package com.acme.flags.service.config;

public final class PostHogDefaults {

    public static final String EU_HOST = "https://eu.i.posthog.com";

    public static final String PROJECT_TOKEN = "phc_e6eAevWPurX6GLYUvoEBqTA6MroTfFryW7U3J3PbBUxM";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-key";

    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_your_key_here";

    public static final String FALLBACK_SECURE_KEY = "phs_n9sw5w7VW8EmaZ58FueaEYGmPNH6fg6bUfeUCKYKPQp755zj";

    public static final String AUTH_SCHEME = "Bearer ";

    private PostHogDefaults() {
    }
}
