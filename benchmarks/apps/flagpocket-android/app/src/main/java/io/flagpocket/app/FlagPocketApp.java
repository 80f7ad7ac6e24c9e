package io.flagpocket.app;

import android.app.Application;

import androidx.work.ExistingPeriodicWorkPolicy;
import androidx.work.PeriodicWorkRequest;
import androidx.work.WorkManager;

import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import java.util.concurrent.TimeUnit;

import io.flagpocket.app.config.FlagPocketConfig;
import io.flagpocket.app.work.FlagSyncWorker;
import timber.log.Timber;

public class FlagPocketApp extends Application {

    @Override
    public void onCreate() {
        super.onCreate();
        if (BuildConfig.DEBUG) {
            Timber.plant(new Timber.DebugTree());
        }

        PostHogAndroidConfig posthogConfig =
                new PostHogAndroidConfig(BuildConfig.POSTHOG_API_KEY, BuildConfig.POSTHOG_HOST);
        posthogConfig.setCaptureScreenViews(true);
        posthogConfig.setCaptureApplicationLifecycleEvents(true);
        PostHogAndroid.Companion.setup(this, posthogConfig);

        PeriodicWorkRequest sync = new PeriodicWorkRequest.Builder(
                FlagSyncWorker.class, FlagPocketConfig.SYNC_INTERVAL_MINUTES, TimeUnit.MINUTES)
                .build();
        WorkManager.getInstance(this).enqueueUniquePeriodicWork(
                FlagPocketConfig.SYNC_WORK_NAME, ExistingPeriodicWorkPolicy.KEEP, sync);
    }
}
