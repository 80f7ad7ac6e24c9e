package io.skyforge.runner.android;

import android.os.Bundle;
import android.util.Log;

import com.badlogic.gdx.backends.android.AndroidApplication;
import com.badlogic.gdx.backends.android.AndroidApplicationConfiguration;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import io.skyforge.runner.BuildConfig;
import io.skyforge.runner.R;
import io.skyforge.runner.RunnerGame;

public class AndroidLauncher extends AndroidApplication {

    private static final String TAG = "SkyforgeRunner";

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);

        String projectKey = getString(R.string.posthog_api_key);
        Log.i(TAG, "PostHog project " + projectKey + " @ " + getString(R.string.posthog_host));

        PostHogAndroidConfig posthogConfig = new PostHogAndroidConfig(projectKey, BuildConfig.POSTHOG_HOST);
        posthogConfig.setCaptureScreenViews(false);
        PostHogAndroid.Companion.setup(this, posthogConfig);

        if (BuildConfig.DEBUG) {
            Log.d(TAG, "flag evaluation key: " + BuildConfig.POSTHOG_FLAGS_KEY);
            PostHogAndroidConfig flagsConfig = new PostHogAndroidConfig(BuildConfig.POSTHOG_FLAGS_KEY,
                    BuildConfig.POSTHOG_HOST);
            flagsConfig.setPreloadFeatureFlags(true);
            PostHogAndroid.Companion.with(this, flagsConfig);
        }

        AndroidApplicationConfiguration configuration = new AndroidApplicationConfiguration();
        configuration.useImmersiveMode = true;
        configuration.useAccelerometer = false;
        configuration.useCompass = false;
        initialize(new RunnerGame("android"), configuration);
    }
}
