package com.northwind.shiftboard;

import android.app.Application;

import com.google.firebase.crashlytics.FirebaseCrashlytics;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import dagger.hilt.android.HiltAndroidApp;

@HiltAndroidApp
public class ShiftBoardApp extends Application {

    @Override
    public void onCreate() {
        super.onCreate();

        FirebaseCrashlytics.getInstance().setCrashlyticsCollectionEnabled(!BuildConfig.DEBUG);

        PostHogAndroidConfig analytics =
                new PostHogAndroidConfig(BuildConfig.POSTHOG_PROJECT_KEY, BuildConfig.POSTHOG_HOST);
        analytics.setCaptureScreenViews(false);
        analytics.setCaptureApplicationLifecycleEvents(true);
        PostHogAndroid.Companion.setup(this, analytics);
    }
}
