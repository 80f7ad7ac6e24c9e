package com.brightloop.habits;

import android.app.Application;
import android.util.Log;

import com.brightloop.habits.config.FlagConfig;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

public class HabitsApplication extends Application {

    private static final String TAG = "HabitsApp";

    @Override
    public void onCreate() {
        super.onCreate();

        FlagConfig flagConfig = FlagConfig.get();
        PostHogAndroidConfig config = new PostHogAndroidConfig(BuildConfig.POSTHOG_PROJECT_KEY, flagConfig.getHost());
        config.setCaptureScreenViews(false);
        config.setCaptureApplicationLifecycleEvents(true);
        config.setDebug(BuildConfig.DEBUG);
        PostHogAndroid.Companion.setup(this, config);

        Log.i(TAG, "PostHog initialised for project " + BuildConfig.POSTHOG_PROJECT_KEY
                + " (local evaluation: " + flagConfig.isLocalEvaluation() + ")");
    }
}
