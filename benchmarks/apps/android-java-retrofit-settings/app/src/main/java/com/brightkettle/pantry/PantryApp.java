package com.brightkettle.pantry;

import android.app.Application;
import android.util.Log;

import androidx.work.Constraints;
import androidx.work.Data;
import androidx.work.ExistingPeriodicWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.PeriodicWorkRequest;
import androidx.work.WorkManager;

import com.brightkettle.pantry.analytics.AnalyticsManager;
import com.brightkettle.pantry.config.AppConfig;
import com.brightkettle.pantry.flags.FeatureFlagRepository;
import com.brightkettle.pantry.sync.PantrySyncWorker;

import java.util.concurrent.TimeUnit;

public class PantryApp extends Application {

    private static final String TAG = "PantryApp";

    @Override
    public void onCreate() {
        super.onCreate();
        AppConfig.init(this);

        if (AppConfig.isStaffBuild()) {
            AnalyticsManager.get().initStaffProject(this);
        } else {
            AnalyticsManager.get().init(this);
        }

        FeatureFlagRepository.get(this).refreshAsync();
        schedulePantrySync();
    }

    private void schedulePantrySync() {
        Constraints constraints = new Constraints.Builder()
                .setRequiredNetworkType(NetworkType.CONNECTED)
                .build();
        Data input = new Data.Builder()
                .putLong(PantrySyncWorker.KEY_SYNC_SESSION_ID, System.currentTimeMillis())
                .build();
        PeriodicWorkRequest request =
                new PeriodicWorkRequest.Builder(PantrySyncWorker.class, 6, TimeUnit.HOURS)
                        .setConstraints(constraints)
                        .setInputData(input)
                        .addTag(PantrySyncWorker.TAG)
                        .build();
        WorkManager.getInstance(this)
                .enqueueUniquePeriodicWork("pantry-sync", ExistingPeriodicWorkPolicy.KEEP, request);
        Log.i(TAG, "Periodic pantry sync scheduled");
    }
}
