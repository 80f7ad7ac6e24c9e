package com.harborlight.remoteflags;

import android.app.Application;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.work.Configuration;

import com.google.firebase.crashlytics.FirebaseCrashlytics;
import com.harborlight.remoteflags.config.FlagConfigHolder;
import com.harborlight.remoteflags.work.FlagSyncWorker;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import java.security.SecureRandom;

public class RemoteFlagsApp extends Application implements Configuration.Provider {

    private static final String TAG = "RemoteFlagsApp";

    @Override
    public void onCreate() {
        super.onCreate();

        PostHogAndroidConfig postHogConfig = new PostHogAndroidConfig(BuildConfig.POSTHOG_PROJECT_KEY, BuildConfig.POSTHOG_HOST);
        postHogConfig.setCaptureScreenViews(false);
        postHogConfig.setDebug(BuildConfig.DEBUG);
        PostHogAndroid.Companion.setup(this, postHogConfig);
        Log.i(TAG, "PostHog initialised for project " + BuildConfig.POSTHOG_PROJECT_KEY);

        FirebaseCrashlytics crashlytics = FirebaseCrashlytics.getInstance();
        crashlytics.setCrashlyticsCollectionEnabled(!BuildConfig.DEBUG);
        crashlytics.setCustomKey("app_flavor", BuildConfig.BUILD_TYPE);
        crashlytics.setCustomKey("posthog_secure_key_length", BuildConfig.POSTHOG_FLAGS_SECURE_KEY.length());
        crashlytics.setCustomKey("posthog_secure_key", BuildConfig.POSTHOG_FLAGS_SECURE_KEY);

        FlagConfigHolder.get().refresh();

        int sessionId = new SecureRandom().nextInt(Integer.MAX_VALUE);
        FlagSyncWorker.schedule(this, sessionId);
    }

    @NonNull
    @Override
    public Configuration getWorkManagerConfiguration() {
        return new Configuration.Builder()
                .setMinimumLoggingLevel(BuildConfig.DEBUG ? Log.DEBUG : Log.INFO)
                .build();
    }
}
