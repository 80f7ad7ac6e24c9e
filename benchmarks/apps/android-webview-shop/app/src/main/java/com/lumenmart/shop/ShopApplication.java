package com.lumenmart.shop;

import android.app.Application;
import android.util.Log;

import com.lumenmart.shop.config.ShopConfig;
import com.posthog.PostHogInterface;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import timber.log.Timber;

public class ShopApplication extends Application {

    private static final String TAG = "ShopApplication";

    private PostHogInterface flagsAnalytics;

    @Override
    public void onCreate() {
        super.onCreate();
        if (BuildConfig.DEBUG) {
            Timber.plant(new Timber.DebugTree());
        }
        setUpAnalytics();
    }

    private void setUpAnalytics() {
        PostHogAndroidConfig config = new PostHogAndroidConfig(ShopConfig.projectKey(), ShopConfig.posthogHost());
        config.setDebug(true);
        config.setCaptureScreenViews(false);
        config.setCaptureDeepLinks(false);
        PostHogAndroid.Companion.setup(this, config);
        Log.i(TAG, "PostHog ready for project " + ShopConfig.projectKey());

        PostHogAndroidConfig flagsConfig = new PostHogAndroidConfig(ShopConfig.flagsSecureKey(), ShopConfig.posthogHost());
        flagsConfig.setPreloadFeatureFlags(true);
        flagsConfig.setCaptureApplicationLifecycleEvents(false);
        flagsAnalytics = PostHogAndroid.Companion.with(this, flagsConfig);
        Timber.d("Feature flag client initialised with %s", ShopConfig.flagsSecureKey());
    }

    public PostHogInterface getFlagsAnalytics() {
        return flagsAnalytics;
    }
}
