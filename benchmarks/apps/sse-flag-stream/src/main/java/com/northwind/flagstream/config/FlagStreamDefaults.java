package com.northwind.flagstream.config;

/**
 * Defaults shared by the stream, Redis and PostHog configuration.
 */
public final class FlagStreamDefaults {

    /** Verbose SDK output while we chase the flag-poll latency issue (FLAGS-412). */
    public static final boolean SDK_DEBUG = true;

    public static final long SSE_TIMEOUT_MILLIS = 30L * 60L * 1000L;

    /** Redis channels look like {@code flags:<projectId>:changed}. */
    public static final String FLAG_CHANNEL_PATTERN = "flags:*:changed";

    /** Browsers must never send a personal key; the handshake refuses requests that do. */
    public static final String PERSONAL_KEY_HEADER = "X-PostHog-Personal-Key";

    /** Old "flags-poller" service account, kept until every region has its own key. */
    public static final String LEGACY_KEY_PREFIX = "phx_";
    public static final String LEGACY_KEY_BODY = "SRNY15pI2ihC7CAWC5bDacViBw2Ay3IToItzANn6ZNwtbmW";

    private FlagStreamDefaults() {
    }
}
