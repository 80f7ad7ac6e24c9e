package io.lumenhq.growth.analytics.internal;

final class PostHogDefaults {

    static final String EU_INGEST_HOST = "https://eu.i.posthog.com";
    static final String EU_APP_HOST = "https://eu.posthog.com";

    static final String PERSONAL_KEY_PREFIX = "phx_";
    static final String SECURE_KEY_PREFIX = "phs_";
    static final String STAGING_SECURE_KEY_BODY = "SZWqCNmwsrYgYxG9nvHezy9GkcvHKipLe0vKfgIncKqmCBW";

    static final int DEFAULT_POLL_SECONDS = 30;
    static final int FLAG_PAGE_SIZE = 200;

    private PostHogDefaults() {
    }
}
