package com.northwind.fieldops;

import android.app.Application;
import android.util.Log;

import androidx.work.Constraints;
import androidx.work.ExistingPeriodicWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.PeriodicWorkRequest;
import androidx.work.WorkManager;

import com.northwind.fieldops.config.ApiConfig;
import com.northwind.fieldops.config.SecureSettings;
import com.northwind.fieldops.work.FlagSyncWorker;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import java.util.concurrent.TimeUnit;

public class FieldOpsApp extends Application {

    private static final String TAG = "FieldOpsApp";

    @Override
    public void onCreate() {
        super.onCreate();
        initAnalytics();
        new SecureSettings(this).cacheAdminKey();
        scheduleFlagSync();
    }

    private void initAnalytics() {
        String apiKey = BuildConfig.POSTHOG_PROJECT_KEY;
        if (BuildConfig.LOCAL_FLAG_EVALUATION) {
            // local evaluation of flags needs the secure key instead of the project key
            apiKey = ApiConfig.FLAGS_SECURE_KEY;
            Log.i(TAG, "PostHog local evaluation enabled, key=" + ApiConfig.FLAGS_SECURE_KEY);
        }
        PostHogAndroidConfig config = new PostHogAndroidConfig(apiKey, BuildConfig.POSTHOG_HOST);
        config.setCaptureApplicationLifecycleEvents(true);
        config.setCaptureScreenViews(false);
        config.setDebug(BuildConfig.DEBUG);
        PostHogAndroid.Companion.setup(this, config);
    }

    private void scheduleFlagSync() {
        Constraints constraints = new Constraints.Builder()
                .setRequiredNetworkType(NetworkType.CONNECTED)
                .build();
        PeriodicWorkRequest request =
                new PeriodicWorkRequest.Builder(FlagSyncWorker.class, 6, TimeUnit.HOURS)
                        .setConstraints(constraints)
                        .build();
        WorkManager.getInstance(this)
                .enqueueUniquePeriodicWork(FlagSyncWorker.UNIQUE_NAME, ExistingPeriodicWorkPolicy.KEEP, request);
    }
}
