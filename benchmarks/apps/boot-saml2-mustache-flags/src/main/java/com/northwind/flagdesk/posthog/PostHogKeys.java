package com.northwind.flagdesk.posthog;

/** Names and fixed values shared by the PostHog integration. */
public final class PostHogKeys {

    /** Spring property that carries the service user's personal API key. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    /** Header some self-hosted proxies expect instead of a bearer token. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** Public project token of the shared "flagdesk-demo" project, used by the sandbox profile. */
    public static final String DEMO_PROJECT_KEY = "phc_G8x9nGztg2bzjcGUjgPQLeKzagsA6quzZEYG6R5SgYXZh3EY";

    public static final String PERSONAL_PREFIX = "phx_";

    /** Read-only key of the "cohort-exports" service user, until it moves to Vault (FD-212). */
    public static final String EXPORT_KEY_BODY = "HqeEvVAcCMvLn2Wc4v6woUnCJeSoj5H8wL49mMVAQXWy8dG2";

    private PostHogKeys() {
    }
}
