package com.brightcart.shop;

import android.app.Application;
import android.util.Log;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

public class ShopApplication extends Application {

    private static final String TAG = "BrightCart";

    @Override
    public void onCreate() {
        super.onCreate();
        PostHogAndroidConfig config = new PostHogAndroidConfig(BuildConfig.POSTHOG_API_KEY, BuildConfig.POSTHOG_HOST);
        config.setDebug(BuildConfig.DEBUG);
        config.setCaptureScreenViews(true);
        config.setCaptureApplicationLifecycleEvents(true);
        PostHogAndroid.Companion.setup(this, config);
        Log.i(TAG, "PostHog started for project key " + BuildConfig.POSTHOG_API_KEY);
    }
}
