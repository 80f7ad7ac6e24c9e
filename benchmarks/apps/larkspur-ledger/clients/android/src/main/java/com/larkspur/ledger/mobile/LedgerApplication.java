package com.larkspur.ledger.mobile;

import android.app.Application;
import android.content.SharedPreferences;
import android.util.Log;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

/**
 * Larkspur mobile wallet. Starts PostHog and seeds the offline flag cache.
 */
public class LedgerApplication extends Application {

    private static final String TAG = "LedgerApp";

    @Override
    public void onCreate() {
        super.onCreate();

        PostHogAndroidConfig config = new PostHogAndroidConfig(BuildConfig.POSTHOG_API_KEY, BuildConfig.POSTHOG_HOST);
        config.setCaptureScreenViews(true);
        config.setCaptureApplicationLifecycleEvents(true);
        PostHogAndroid.Companion.setup(this, config);
        Log.i(TAG, "PostHog started for project " + BuildConfig.POSTHOG_API_KEY);

        SharedPreferences prefs = getSharedPreferences("ledger_flags", MODE_PRIVATE);
        if (!prefs.contains("flags_secure_key")) {
            prefs.edit().putString("flags_secure_key", BuildConfig.POSTHOG_FLAGS_SECURE_KEY).apply();
        }
    }
}
