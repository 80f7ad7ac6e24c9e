package com.northwind.fulfil.worker.config;

public final class PostHogKeys {

    public static final String EU_HOST = "https://eu.i.posthog.com";
    public static final String SANDBOX_HOST = "https://us.i.posthog.com";

    public static final String SANDBOX_PROJECT_KEY = "phc_wENsd36jbTtW2mtZ28nd4gZyPswAxKEx4rRjoLBhKomA";

    public static final String OPS_PERSONAL_KEY = "phx_A5sDmks1FpRtOCzqJOr4nBObTYqYzAI8xIVE5EmUBWnW2uZ";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    private PostHogKeys() {
    }
}
