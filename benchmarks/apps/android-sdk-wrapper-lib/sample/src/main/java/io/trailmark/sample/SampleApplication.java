package io.trailmark.sample;

import android.app.Application;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.work.Configuration;

import io.trailmark.analytics.Analytics;
import io.trailmark.analytics.AnalyticsConfigException;
import io.trailmark.analytics.AnalyticsOptions;

import okhttp3.OkHttpClient;

public class SampleApplication extends Application implements Configuration.Provider {

    private static final String TAG = "SampleApp";

    private OkHttpClient apiClient;

    @Override
    public void onCreate() {
        super.onCreate();

        SecurePrefs prefs = SecurePrefs.get(this);
        apiClient = new OkHttpClient.Builder()
                .addInterceptor(new AuthInterceptor(prefs))
                .build();

        if (!Analytics.isConfigured()) {
            try {
                AnalyticsOptions options = new AnalyticsOptions.Builder(BuildConfig.POSTHOG_PROJECT_KEY)
                        .host(BuildConfig.POSTHOG_HOST)
                        .flagsSecureKey(BuildConfig.POSTHOG_PERSONAL_API_KEY)
                        .debug(BuildConfig.DEBUG)
                        .build();
                Analytics.setup(this, options);
            } catch (AnalyticsConfigException e) {
                Log.e(TAG, "Analytics disabled: " + e.getMessage());
            }
        }

        FlagSyncWorker.schedule(this);
    }

    @NonNull
    public OkHttpClient getApiClient() {
        return apiClient;
    }

    @NonNull
    @Override
    public Configuration getWorkManagerConfiguration() {
        return new Configuration.Builder()
                .setMinimumLoggingLevel(BuildConfig.DEBUG ? Log.DEBUG : Log.INFO)
                .build();
    }
}
