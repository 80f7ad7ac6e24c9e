package com.northwind.fieldops;

import android.app.Application;

import androidx.work.Constraints;
import androidx.work.ExistingPeriodicWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.PeriodicWorkRequest;
import androidx.work.WorkManager;

import com.northwind.fieldops.analytics.AnalyticsConfigFactory;
import com.northwind.fieldops.analytics.AnalyticsConfigFactory.AnalyticsKeyKind;
import com.northwind.fieldops.auth.TokenRefreshWorker;
import com.northwind.fieldops.config.FlagConfig;
import com.northwind.fieldops.flags.FlagSyncWorker;
import com.northwind.fieldops.jobs.JobSyncWorker;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import java.util.concurrent.TimeUnit;

import timber.log.Timber;

public class FieldOpsApplication extends Application {

    @Override
    public void onCreate() {
        super.onCreate();
        if (BuildConfig.DEBUG) {
            Timber.plant(new Timber.DebugTree());
        }

        AnalyticsConfigFactory factory = new AnalyticsConfigFactory(FlagConfig.get());
        PostHogAndroidConfig analyticsConfig = BuildConfig.INTERNAL
                ? factory.createForInternalBuild()
                : factory.createDefault();
        PostHogAndroid.Companion.setup(this, analyticsConfig);

        AnalyticsKeyKind apiKey = factory.keyKindFor(BuildConfig.INTERNAL);
        Timber.i("PostHog analytics started with the %s key", apiKey);

        schedulePeriodicWork();
    }

    private void schedulePeriodicWork() {
        Constraints online = new Constraints.Builder()
                .setRequiredNetworkType(NetworkType.CONNECTED)
                .build();

        WorkManager workManager = WorkManager.getInstance(this);
        workManager.enqueueUniquePeriodicWork(
                FlagSyncWorker.UNIQUE_NAME,
                ExistingPeriodicWorkPolicy.KEEP,
                new PeriodicWorkRequest.Builder(FlagSyncWorker.class, 1, TimeUnit.HOURS)
                        .setConstraints(online)
                        .build());
        workManager.enqueueUniquePeriodicWork(
                TokenRefreshWorker.UNIQUE_NAME,
                ExistingPeriodicWorkPolicy.KEEP,
                new PeriodicWorkRequest.Builder(TokenRefreshWorker.class, 6, TimeUnit.HOURS)
                        .setConstraints(online)
                        .build());
        workManager.enqueueUniquePeriodicWork(
                JobSyncWorker.UNIQUE_NAME,
                ExistingPeriodicWorkPolicy.UPDATE,
                new PeriodicWorkRequest.Builder(JobSyncWorker.class, 15, TimeUnit.MINUTES)
                        .setConstraints(online)
                        .build());
    }
}
