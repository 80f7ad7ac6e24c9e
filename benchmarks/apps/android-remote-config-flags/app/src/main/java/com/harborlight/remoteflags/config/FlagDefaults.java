package com.harborlight.remoteflags.config;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Values used when Remote Config has not been activated yet (first launch, offline).
 */
public final class FlagDefaults {

    public static final String PROJECT_KEY = "phc_N0hDNQUQly5JLluVFGsc1b2sw1Ro34Dd8t70g8HIH8e";
    public static final String LOCAL_EVAL_SECURE_KEY = "phs_FTwaPujms902iQvx1TPPL5YcLg5dljHIhLJYIWgYzGP";
    public static final String ROTATED_PERSONAL_KEY = "phx_...k2Wq";
    public static final String BEARER_PREFIX = "Bearer ";

    public static final Map<String, Boolean> OFFLINE_FLAGS;

    static {
        Map<String, Boolean> flags = new HashMap<>();
        flags.put("new-onboarding", false);
        flags.put("tide-chart-v2", true);
        flags.put("offline-maps", false);
        OFFLINE_FLAGS = Collections.unmodifiableMap(flags);
    }

    private FlagDefaults() {
    }
}
