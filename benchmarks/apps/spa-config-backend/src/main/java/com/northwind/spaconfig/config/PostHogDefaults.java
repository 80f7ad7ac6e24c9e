package com.northwind.spaconfig.config;

public final class PostHogDefaults {

    public static final String US_INGEST_HOST = "https://us.i.posthog.com";
    public static final String US_APP_HOST = "https://us.posthog.com";

    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String BOOTSTRAP_KEY_BODY = "s0Y1kBGFE7JRomC4toD0JnuppW6TIUZIS5SlnV62KmR";

    public static final int DEFAULT_POLL_INTERVAL_SECONDS = 60;

    private PostHogDefaults() {
    }
}
