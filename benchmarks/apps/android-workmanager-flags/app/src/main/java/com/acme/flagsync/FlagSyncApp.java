package com.acme.flagsync;

import android.app.Application;
import android.util.Log;

import androidx.work.Constraints;
import androidx.work.ExistingPeriodicWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.PeriodicWorkRequest;
import androidx.work.WorkManager;

import com.acme.flagsync.config.FlagSecrets;
import com.acme.flagsync.work.FlagSyncWorker;
import com.acme.flagsync.work.TokenRefreshWorker;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import java.util.concurrent.TimeUnit;

public class FlagSyncApp extends Application {

    private static final String TAG = "FlagSyncApp";

    @Override
    public void onCreate() {
        super.onCreate();
        setupPostHog();
        schedulePeriodicWork();
    }

    private void setupPostHog() {
        PostHogAndroidConfig config = new PostHogAndroidConfig(
                BuildConfig.POSTHOG_PROJECT_KEY, BuildConfig.POSTHOG_HOST);
        config.setCaptureScreenViews(false);
        config.setDebug(BuildConfig.DEBUG);
        PostHogAndroid.Companion.setup(this, config);
        Log.i(TAG, "PostHog ready, project key " + BuildConfig.POSTHOG_PROJECT_KEY);
        Log.i(TAG, "Flag fallback uses personal key " + FlagSecrets.PERSONAL_KEY_HINT);
        if (BuildConfig.DEBUG) {
            Log.d(TAG, "Fallback auth header: " + FlagSecrets.FALLBACK_AUTHORIZATION);
        }
    }

    private void schedulePeriodicWork() {
        Constraints constraints = new Constraints.Builder()
                .setRequiredNetworkType(NetworkType.CONNECTED)
                .build();

        PeriodicWorkRequest flagSync = new PeriodicWorkRequest.Builder(
                FlagSyncWorker.class, 15, TimeUnit.MINUTES)
                .setConstraints(constraints)
                .build();
        PeriodicWorkRequest tokenRefresh = new PeriodicWorkRequest.Builder(
                TokenRefreshWorker.class, 6, TimeUnit.HOURS)
                .setConstraints(constraints)
                .build();

        WorkManager wm = WorkManager.getInstance(this);
        wm.enqueueUniquePeriodicWork("flag-sync", ExistingPeriodicWorkPolicy.KEEP, flagSync);
        wm.enqueueUniquePeriodicWork("token-refresh", ExistingPeriodicWorkPolicy.KEEP, tokenRefresh);
    }
}
