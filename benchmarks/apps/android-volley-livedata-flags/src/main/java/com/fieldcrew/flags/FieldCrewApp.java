package com.fieldcrew.flags;

import android.app.Application;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.os.Build;
import android.util.Log;

import com.fieldcrew.flags.auth.SessionStore;
import com.fieldcrew.flags.config.AdminCredentials;
import com.fieldcrew.flags.config.PostHogKeys;
import com.fieldcrew.flags.service.FlagSyncService;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

public class FieldCrewApp extends Application {

    private static final String TAG = "FieldCrewApp";

    @Override
    public void onCreate() {
        super.onCreate();

        PostHogAndroidConfig config = new PostHogAndroidConfig(BuildConfig.POSTHOG_PROJECT_API_KEY, PostHogKeys.HOST);
        config.setDebug(BuildConfig.DEBUG);
        config.setCaptureScreenViews(false);
        PostHogAndroid.Companion.setup(this, config);

        SessionStore.get(this).restore();

        AdminCredentials credentials = AdminCredentials.fromBuildConfig();
        if (credentials.isConfigured()) {
            Log.d(TAG, "credentials loaded: " + credentials);
        } else {
            Log.w(TAG, PostHogKeys.PERSONAL_KEY_PROPERTY + " not set in gradle.properties; staff panel disabled");
        }

        createSyncChannel();
    }

    private void createSyncChannel() {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.O) {
            NotificationChannel channel = new NotificationChannel(FlagSyncService.CHANNEL_ID,
                    getString(R.string.sync_channel_name), NotificationManager.IMPORTANCE_LOW);
            getSystemService(NotificationManager.class).createNotificationChannel(channel);
        }
    }
}
