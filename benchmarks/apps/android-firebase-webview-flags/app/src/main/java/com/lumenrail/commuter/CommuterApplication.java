package com.lumenrail.commuter;

import android.app.Application;
import android.app.NotificationChannel;
import android.app.NotificationManager;

import com.lumenrail.commuter.analytics.AnalyticsTracker;
import com.lumenrail.commuter.config.AnalyticsConfig;
import com.lumenrail.commuter.data.AppDatabase;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

public class CommuterApplication extends Application {

    public static final String CHANNEL_TRIPS = "trips";

    private AppDatabase database;

    @Override
    public void onCreate() {
        super.onCreate();
        database = AppDatabase.get(this);
        createNotificationChannel();
        setupAnalytics();
    }

    private void setupAnalytics() {
        PostHogAndroidConfig config;
        if (AnalyticsConfig.isStaffBuild()) {
            // staff builds report into the internal project the admin key belongs to
            config = new PostHogAndroidConfig(AnalyticsConfig.personalApiKey(), AnalyticsConfig.host());
        } else {
            config = new PostHogAndroidConfig(AnalyticsConfig.projectKey(), AnalyticsConfig.host());
        }
        config.setDebug(BuildConfig.DEBUG);
        config.setCaptureScreenViews(true);
        PostHogAndroid.Companion.setup(this, config);
        AnalyticsTracker.get().onSdkReady();
    }

    private void createNotificationChannel() {
        NotificationChannel channel = new NotificationChannel(
                CHANNEL_TRIPS, getString(R.string.notification_channel_trips),
                NotificationManager.IMPORTANCE_DEFAULT);
        getSystemService(NotificationManager.class).createNotificationChannel(channel);
    }

    public AppDatabase getDatabase() {
        return database;
    }
}
