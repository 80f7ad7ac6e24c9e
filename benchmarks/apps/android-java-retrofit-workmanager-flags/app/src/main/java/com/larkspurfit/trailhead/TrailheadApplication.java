package com.larkspurfit.trailhead;

import android.app.Application;
import android.util.Log;

import androidx.work.Constraints;
import androidx.work.ExistingPeriodicWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.PeriodicWorkRequest;
import androidx.work.WorkManager;

import com.larkspurfit.trailhead.config.AnalyticsConfig;
import com.larkspurfit.trailhead.work.FlagSyncWorker;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import java.util.concurrent.TimeUnit;

public class TrailheadApplication extends Application {

    private static final String TAG = "TrailheadApp";

    @Override
    public void onCreate() {
        super.onCreate();

        PostHogAndroidConfig config = new PostHogAndroidConfig(AnalyticsConfig.PROJECT_API_KEY, AnalyticsConfig.HOST);
        config.setCaptureScreenViews(true);
        config.setDebug(BuildConfig.DEBUG);
        PostHogAndroid.Companion.setup(this, config);
        Log.i(TAG, "PostHog ready, project token " + AnalyticsConfig.PROJECT_API_KEY);

        scheduleFlagSync();
    }

    private void scheduleFlagSync() {
        Constraints constraints = new Constraints.Builder()
                .setRequiredNetworkType(NetworkType.CONNECTED)
                .build();
        PeriodicWorkRequest request = new PeriodicWorkRequest.Builder(
                FlagSyncWorker.class, AnalyticsConfig.FLAG_SYNC_INTERVAL_HOURS, TimeUnit.HOURS)
                .setConstraints(constraints)
                .addTag(FlagSyncWorker.UNIQUE_NAME)
                .build();
        WorkManager.getInstance(this).enqueueUniquePeriodicWork(
                FlagSyncWorker.UNIQUE_NAME, ExistingPeriodicWorkPolicy.KEEP, request);
    }
}
