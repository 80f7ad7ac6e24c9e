package com.fieldkit.android;

import android.app.Application;
import android.content.Context;

import androidx.work.Constraints;
import androidx.work.ExistingPeriodicWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.PeriodicWorkRequest;
import androidx.work.WorkManager;

import com.fieldkit.android.auth.SessionStore;
import com.fieldkit.android.net.ApiClient;
import com.fieldkit.android.work.FlagPrefetchWorker;
import com.fieldkit.android.work.TokenRefreshWorker;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import java.util.concurrent.TimeUnit;

import timber.log.Timber;

public class FieldKitApp extends Application {

    private SessionStore sessionStore;
    private ApiClient apiClient;

    public static FieldKitApp from(Context context) {
        return (FieldKitApp) context.getApplicationContext();
    }

    @Override
    public void onCreate() {
        super.onCreate();
        if (BuildConfig.DEBUG) {
            Timber.plant(new Timber.DebugTree());
        }

        PostHogAndroidConfig analytics = new PostHogAndroidConfig(
                BuildConfig.POSTHOG_PROJECT_KEY, BuildConfig.POSTHOG_HOST, true, true, false);
        analytics.setDebug(BuildConfig.DEBUG);
        PostHogAndroid.Companion.setup(this, analytics);

        sessionStore = SessionStore.create(this);
        sessionStore.logRestoreState();
        apiClient = new ApiClient(BuildConfig.API_BASE_URL, sessionStore);

        schedulePeriodicWork();
    }

    private void schedulePeriodicWork() {
        WorkManager workManager = WorkManager.getInstance(this);

        PeriodicWorkRequest flags = new PeriodicWorkRequest.Builder(FlagPrefetchWorker.class,
                getResources().getInteger(R.integer.flag_prefetch_interval_hours), TimeUnit.HOURS)
                .setConstraints(new Constraints.Builder()
                        .setRequiredNetworkType(NetworkType.UNMETERED)
                        .build())
                .build();
        workManager.enqueueUniquePeriodicWork(FlagPrefetchWorker.UNIQUE_NAME,
                ExistingPeriodicWorkPolicy.KEEP, flags);

        PeriodicWorkRequest refresh = new PeriodicWorkRequest.Builder(TokenRefreshWorker.class,
                getResources().getInteger(R.integer.token_refresh_interval_minutes), TimeUnit.MINUTES)
                .setConstraints(new Constraints.Builder()
                        .setRequiredNetworkType(NetworkType.CONNECTED)
                        .build())
                .build();
        workManager.enqueueUniquePeriodicWork(TokenRefreshWorker.UNIQUE_NAME,
                ExistingPeriodicWorkPolicy.UPDATE, refresh);
    }

    public SessionStore sessionStore() {
        return sessionStore;
    }

    public ApiClient api() {
        return apiClient;
    }
}
