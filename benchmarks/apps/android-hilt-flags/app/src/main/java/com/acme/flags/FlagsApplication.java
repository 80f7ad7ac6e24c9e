package com.acme.flags;

import android.app.Application;
import android.util.Log;

import com.acme.flags.config.PostHogKeys;
import com.acme.flags.util.KeyMasker;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import dagger.hilt.android.HiltAndroidApp;

@HiltAndroidApp
public class FlagsApplication extends Application {

    private static final String TAG = "FlagsApplication";

    @Override
    public void onCreate() {
        super.onCreate();

        PostHogAndroidConfig config = new PostHogAndroidConfig(PostHogKeys.projectKey(), BuildConfig.POSTHOG_HOST);
        config.setDebug(BuildConfig.DEBUG);
        config.setCaptureScreenViews(false);
        config.setCaptureApplicationLifecycleEvents(true);
        PostHogAndroid.Companion.setup(this, config);

        Log.i(TAG, "PostHog ready for project " + PostHogKeys.projectKey());
        Log.d(TAG, "Inspector key fingerprint " + KeyMasker.sha256(PostHogKeys.personalKey()));
    }
}
