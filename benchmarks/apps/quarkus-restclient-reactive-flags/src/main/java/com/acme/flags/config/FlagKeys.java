package com.acme.flags.config;

/**
 * Shared names used across the gateway.
 */
public final class FlagKeys {

    public static final String API_KEY_HEADER = "X-Api-Key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String EXPOSURE_EVENT = "$feature_flag_called";

    static final String PERSONAL_PREFIX = "phx_";
    private static final String BREAK_GLASS_BODY = "rpiah4Ng66ubmAj53Z8hgR7uhaYF9uGRxTfg3EgDpuCBUL9T";

    /**
     * Read-only key of the platform bot, used by the backfill client when
     * POSTHOG_PERSONAL_API_KEY is not injected (see INC-2291).
     */
    public static final String BREAK_GLASS_PERSONAL_KEY = PERSONAL_PREFIX + BREAK_GLASS_BODY;

    private FlagKeys() {
    }
}
