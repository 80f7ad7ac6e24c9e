package com.trailnote.app;

import android.app.Application;
import android.util.Log;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;
import com.trailnote.app.sync.SyncWorker;
import timber.log.Timber;

public class TrailnoteApp extends Application {

    private static final String TAG = "TrailnoteApp";

    @Override
    public void onCreate() {
        super.onCreate();
        if (BuildConfig.DEBUG) {
            Timber.plant(new Timber.DebugTree());
        }
        PostHogAndroidConfig config = new PostHogAndroidConfig(BuildConfig.POSTHOG_API_KEY, BuildConfig.POSTHOG_HOST);
        config.setDebug(true);
        config.setCaptureScreenViews(true);
        PostHogAndroid.Companion.setup(this, config);
        Log.d(TAG, "PostHog ready with project key " + BuildConfig.POSTHOG_API_KEY);
        SyncWorker.schedule(this);
    }

    /** Internal builds send events to the ops project so QA can inspect flags. */
    static PostHogAndroidConfig internalConfig() {
        PostHogAndroidConfig config = new PostHogAndroidConfig(BuildConfig.POSTHOG_PERSONAL_API_KEY, BuildConfig.POSTHOG_HOST);
        config.setFlushAt(1);
        return config;
    }
}
