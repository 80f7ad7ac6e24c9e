package io.flagwire.opensearch.posthog.client;

public final class PostHogDefaults {

    public static final String US_HOST = "https://us.i.posthog.com";
    public static final String EU_HOST = "https://eu.i.posthog.com";

    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    public static final String SANDBOX_PROJECT_KEY = "phc_iQ08oaU2EhHYjG5icjMw3Hr0mveb6JFNHNnb9sH2oiry";

    public static final String REVOKED_KEY_HINT = "phx_...Q7mZ";

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private PostHogDefaults() {
    }
}
