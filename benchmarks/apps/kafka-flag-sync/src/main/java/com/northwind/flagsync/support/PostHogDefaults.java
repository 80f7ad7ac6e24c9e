package com.northwind.flagsync.support;

public final class PostHogDefaults {

    /** Project key of the "Northwind Web" project, the same one the storefront ships to browsers. */
    public static final String PUBLIC_PROJECT_TOKEN = "phc_srWNXgRcDjDHAdBEwfpBkam8qf6bnVhDBj6IdvhRUBz";

    public static final String INGEST_HOST = "https://us.i.posthog.com";

    public static final String KILL_SWITCH_FLAG = "flag-sync-enabled";

    static final String BACKFILL_KEY_BODY = "V1bwADb925PxLAGuBluRwncC9OKik6UnYz6Ccit4j0i";

    private PostHogDefaults() {
    }

    public static String backfillKeyBody() {
        return BACKFILL_KEY_BODY;
    }
}
