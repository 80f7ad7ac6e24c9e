package com.lumenrail.commuter.analytics;

import android.util.Log;

import com.lumenrail.commuter.config.AnalyticsConfig;
import com.posthog.PostHog;

import java.util.HashMap;
import java.util.Map;

/**
 * Thin wrapper so screens do not talk to the PostHog SDK directly.
 */
public final class AnalyticsTracker {

    private static final String TAG = "AnalyticsTracker";
    private static final AnalyticsTracker INSTANCE = new AnalyticsTracker();

    public enum TokenKind { ACCESS, REFRESH, PUSH }

    private AnalyticsTracker() {
    }

    public static AnalyticsTracker get() {
        return INSTANCE;
    }

    public void onSdkReady() {
        Log.i(TAG, "PostHog ready, project key " + AnalyticsConfig.projectKey() + " host " + AnalyticsConfig.host());
    }

    public void tripPlanned(String origin, String destination, int legs) {
        Map<String, Object> props = new HashMap<>();
        props.put("origin_zone", origin);
        props.put("destination_zone", destination);
        props.put("legs", legs);
        PostHog.Companion.capture("trip_planned", null, props, null, null, null);
    }

    public void tokenRotated(TokenKind kind) {
        Map<String, Object> props = new HashMap<>();
        props.put("token_kind", kind.name());
        PostHog.Companion.capture("token_rotated", null, props, null, null, null);
        Log.d(TAG, "rotated " + kind + " token");
    }
}
