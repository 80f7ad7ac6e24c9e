package com.brightlane.flagdeck;

import android.app.Application;

import com.brightlane.flagdeck.analytics.StagingAnalytics;
import com.brightlane.flagdeck.config.FlagConfig;
import com.brightlane.flagdeck.sync.FlagSyncWorker;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import timber.log.Timber;

public class FlagDeckApp extends Application {

    @Override
    public void onCreate() {
        super.onCreate();
        if (BuildConfig.DEBUG) {
            Timber.plant(new Timber.DebugTree());
        }

        PostHogAndroidConfig config = new PostHogAndroidConfig(FlagConfig.projectKey(), FlagConfig.HOST);
        config.setCaptureScreenViews(true);
        config.setCaptureApplicationLifecycleEvents(true);
        config.setDebug(true);
        PostHogAndroid.Companion.setup(this, config);

        if ("qa".equals(BuildConfig.FLAVOR)) {
            StagingAnalytics.init(this);
        }

        FlagSyncWorker.schedule(this);
    }
}
