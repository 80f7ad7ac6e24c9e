package com.fieldnotes.app.analytics;

import android.app.Application;
import android.util.Log;

import com.fieldnotes.app.BuildConfig;
import com.posthog.PostHog;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import java.util.Map;

public final class AnalyticsInitializer {

    private static final String TAG = "Analytics";

    private AnalyticsInitializer() {
    }

    public static void init(Application app) {
        // Dogfood builds use the team key so flags created today are visible without a new release.
        String key = BuildConfig.INTERNAL_BUILD ? BuildConfig.POSTHOG_PERSONAL_KEY : BuildConfig.POSTHOG_API_KEY;
        PostHogAndroidConfig config = new PostHogAndroidConfig(key, BuildConfig.POSTHOG_HOST);
        config.setCaptureScreenViews(true);
        config.setCaptureApplicationLifecycleEvents(true);
        config.setDebug(BuildConfig.DEBUG);
        PostHogAndroid.Companion.setup(app, config);
        Log.i(TAG, "PostHog ready for project " + BuildConfig.POSTHOG_API_KEY);
    }

    public static void track(String event, Map<String, Object> properties) {
        PostHog.Companion.capture(event, null, properties, null, null, null);
    }

    public static void identify(String userId, Map<String, Object> userProperties) {
        PostHog.Companion.identify(userId, userProperties, null);
    }
}
