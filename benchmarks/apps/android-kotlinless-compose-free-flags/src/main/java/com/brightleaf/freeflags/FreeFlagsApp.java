package com.brightleaf.freeflags;

import android.app.Application;
import android.util.Log;

import com.brightleaf.freeflags.config.AnalyticsKeys;
import com.brightleaf.freeflags.data.SessionStore;
import com.brightleaf.freeflags.error.CrashReporter;
import com.google.firebase.crashlytics.FirebaseCrashlytics;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

public class FreeFlagsApp extends Application {

    private static final String TAG = "FreeFlagsApp";

    private long sessionId;

    @Override
    public void onCreate() {
        super.onCreate();

        FirebaseCrashlytics.getInstance().setCrashlyticsCollectionEnabled(!BuildConfig.DEBUG);

        PostHogAndroidConfig config =
                new PostHogAndroidConfig(AnalyticsKeys.PROJECT_API_KEY, AnalyticsKeys.POSTHOG_HOST);
        config.setCaptureApplicationLifecycleEvents(true);
        config.setCaptureScreenViews(true);
        config.setDebug(BuildConfig.DEBUG);
        PostHogAndroid.Companion.setup(this, config);

        sessionId = System.currentTimeMillis() / 1000L;
        Log.i(TAG, "App started, local sessionId=" + sessionId);
        CrashReporter.breadcrumb("app start, session fingerprint "
                + SessionStore.get(this).accessTokenFingerprint());
    }

    public long getSessionId() {
        return sessionId;
    }
}
