package com.streamline.flagsgraph.posthog;

public final class PostHogKeys {

    public static final String PROJECT_KEY = "phc_0UPc2ISnghOK26JVdxbdUt6Bszc92Yd8FzXwZj848ua";

    public static final String LEGACY_PERSONAL_KEY = "phx_1tTDTEIK6ZAtFM70fx0ohQjFvEVC6SDLhovsYbJmBHcvcAM";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String KEY_PLACEHOLDER = "phx_your_key_here";

    public static final String AUTHORIZATION_HEADER = "Authorization";

    public static final String BEARER_PREFIX = "Bearer ";

    public static final String DISTINCT_ID_HEADER = "X-Distinct-Id";

    private PostHogKeys() {
    }
}
