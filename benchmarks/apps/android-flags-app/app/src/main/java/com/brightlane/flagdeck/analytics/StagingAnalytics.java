package com.brightlane.flagdeck.analytics;

import android.content.Context;

import com.brightlane.flagdeck.config.FlagConfig;
import com.posthog.PostHogInterface;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

/**
 * Second PostHog instance pointed at the staging project, so QA builds can check
 * flag rollouts before they hit production.
 */
public final class StagingAnalytics {

    private static PostHogInterface instance;

    private StagingAnalytics() {
    }

    public static synchronized void init(Context context) {
        if (instance != null) {
            return;
        }
        PostHogAndroidConfig config = new PostHogAndroidConfig(FlagConfig.stagingSecureKey(), FlagConfig.HOST);
        config.setFlushAt(5);
        config.setPreloadFeatureFlags(true);
        instance = PostHogAndroid.Companion.with(context.getApplicationContext(), config);
    }

    public static PostHogInterface get() {
        return instance;
    }
}
