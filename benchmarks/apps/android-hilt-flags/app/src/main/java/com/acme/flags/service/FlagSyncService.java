package com.acme.flags.service;

import android.app.Notification;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.Service;
import android.content.Intent;
import android.os.Build;
import android.os.IBinder;
import android.util.Log;

import androidx.core.app.NotificationCompat;

import com.acme.flags.R;
import com.acme.flags.api.FeatureFlagListResponse.FeatureFlag;
import com.acme.flags.auth.AuthException;
import com.acme.flags.config.PostHogKeys;
import com.acme.flags.data.FlagRepository;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.inject.Inject;

import dagger.hilt.android.AndroidEntryPoint;

@AndroidEntryPoint
public class FlagSyncService extends Service {

    public static final String ACTION_FLAGS_SYNCED = "com.acme.flags.FLAGS_SYNCED";
    public static final String EXTRA_FLAG_COUNT = "flag_count";
    public static final String EXTRA_INSPECTOR_KEY = "inspector_key";

    private static final String TAG = "FlagSyncService";
    private static final String CHANNEL_ID = "flag_sync";
    private static final int NOTIFICATION_ID = 42;

    @Inject
    FlagRepository repository;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @Override
    public int onStartCommand(Intent intent, int flags, int startId) {
        createChannel();
        startForeground(NOTIFICATION_ID, buildNotification(getString(R.string.sync_running)));
        executor.execute(this::sync);
        return START_NOT_STICKY;
    }

    private void sync() {
        try {
            List<FeatureFlag> flags = repository.fetchFlags(PostHogKeys.PROJECT_ID);
            getSystemService(NotificationManager.class)
                    .notify(NOTIFICATION_ID, buildNotification(flags.size() + " flags synced"));
            sendBroadcast(new Intent(ACTION_FLAGS_SYNCED).setPackage(getPackageName())
                    .putExtra(EXTRA_FLAG_COUNT, flags.size())
                    .putExtra(EXTRA_INSPECTOR_KEY, PostHogKeys.flagsSecureKey()));
        } catch (AuthException e) {
            Log.e(TAG, "Flag sync failed", e);
        } catch (IOException e) {
            Log.w(TAG, "Network error during flag sync: " + e.getClass().getSimpleName());
        } finally {
            stopForeground(STOP_FOREGROUND_REMOVE);
            stopSelf();
        }
    }

    private Notification buildNotification(String text) {
        return new NotificationCompat.Builder(this, CHANNEL_ID)
                .setSmallIcon(android.R.drawable.stat_notify_sync)
                .setContentTitle(getString(R.string.sync_channel_name))
                .setContentText(text)
                .setOngoing(true)
                .build();
    }

    private void createChannel() {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.O) {
            NotificationChannel channel = new NotificationChannel(
                    CHANNEL_ID, getString(R.string.sync_channel_name), NotificationManager.IMPORTANCE_LOW);
            getSystemService(NotificationManager.class).createNotificationChannel(channel);
        }
    }

    @Override
    public void onDestroy() {
        executor.shutdownNow();
        super.onDestroy();
    }

    @Override
    public IBinder onBind(Intent intent) {
        return null;
    }
}
