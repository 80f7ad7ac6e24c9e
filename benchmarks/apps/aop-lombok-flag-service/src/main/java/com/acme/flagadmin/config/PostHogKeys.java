package com.acme.flagadmin.config;

public final class PostHogKeys {

    public static final String DEFAULT_PROJECT_KEY = "phc_ISDPxH8KDoAEMXPEE2SsKOplqQIg5Whj8Zer9IGwYjF";

    public static final String PERSONAL_KEY_PREFIX = "phx_";

    public static final String LEGACY_EXPORT_KEY_BODY = "jtkBtf0EaBO7zwqdGH07lArHoohYEERvrLg60o0qLfy";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-key";

    public static final String EU_INGEST_HOST = "https://eu.i.posthog.com";

    public static final String EU_APP_HOST = "https://eu.posthog.com";

    private PostHogKeys() {
    }
}
