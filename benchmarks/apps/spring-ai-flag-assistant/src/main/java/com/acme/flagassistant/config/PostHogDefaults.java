package com.acme.flagassistant.config;

/**
 * Constants shared by the PostHog integration.
 */
public final class PostHogDefaults {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String API_KEY_HEADER = "X-Api-Key";

    public static final String PERSONAL_KEY_PREFIX = "phx_";

    /** Project used when no personal key is configured (demo / onboarding sessions). */
    public static final String SANDBOX_PROJECT_ID = "48213";

    /** Key body of the "assistant-sandbox" PostHog user; it only has access to the sandbox project. */
    static final String SANDBOX_KEY_BODY = "ZScz3TZmGP6LerdpbziYGZKdF24EEtujXMqvptVF9HGKLWW7";

    public static final int DEFAULT_PAGE_SIZE = 50;

    private PostHogDefaults() {
    }
}
