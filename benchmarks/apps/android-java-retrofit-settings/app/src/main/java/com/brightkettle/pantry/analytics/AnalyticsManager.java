package com.brightkettle.pantry.analytics;

import android.content.Context;
import android.util.Log;

import com.brightkettle.pantry.config.AppConfig;
import com.posthog.PostHog;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import java.util.Map;

/** Thin wrapper around the PostHog SDK so screens never talk to it directly. */
public final class AnalyticsManager {

    private static final String TAG = "Analytics";
    private static final AnalyticsManager INSTANCE = new AnalyticsManager();

    private boolean started;

    private AnalyticsManager() {
    }

    public static AnalyticsManager get() {
        return INSTANCE;
    }

    public void init(Context context) {
        if (started) {
            return;
        }
        PostHogAndroidConfig config =
                new PostHogAndroidConfig(AppConfig.projectApiKey(), AppConfig.posthogHost());
        config.setCaptureApplicationLifecycleEvents(true);
        config.setCaptureScreenViews(false);
        config.setDebug(AppConfig.isDebugBuild());
        PostHogAndroid.Companion.setup(context, config);
        started = true;
        Log.i(TAG, "PostHog initialised for project " + AppConfig.projectApiKey());
    }

    /**
     * Staff (dogfood) builds report into the internal ops project so QA traffic
     * stays out of the product dashboards.
     */
    public void initStaffProject(Context context) {
        if (started) {
            return;
        }
        PostHogAndroidConfig staffConfig = new PostHogAndroidConfig(AppConfig.personalApiKey(), AppConfig.posthogHost());
        staffConfig.setFlushAt(1);
        staffConfig.setCaptureApplicationLifecycleEvents(true);
        PostHogAndroid.Companion.setup(context, staffConfig);
        started = true;
        Log.i(TAG, "PostHog initialised for staff build");
    }

    public void identify(String userId) {
        PostHog.Companion.identify(userId, null, null);
    }

    public void screen(String screenName) {
        PostHog.Companion.screen(screenName, null);
    }

    public void track(String event, Map<String, Object> properties) {
        PostHog.Companion.capture(event, null, properties, null, null, null);
    }

    public void setOptOut(boolean optOut) {
        if (optOut) {
            PostHog.Companion.optOut();
        } else {
            PostHog.Companion.optIn();
        }
    }

    public void reset() {
        PostHog.Companion.reset();
    }
}
