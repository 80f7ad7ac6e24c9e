package com.fieldcrew.flags.service;

import android.app.Notification;
import android.app.NotificationManager;
import android.app.Service;
import android.content.Intent;
import android.content.pm.ServiceInfo;
import android.os.Build;
import android.os.IBinder;
import android.util.Log;

import androidx.annotation.Nullable;
import androidx.core.app.NotificationCompat;

import com.fieldcrew.flags.R;
import com.fieldcrew.flags.auth.SessionStore;
import com.fieldcrew.flags.config.AdminCredentials;
import com.fieldcrew.flags.data.FlagRepository;
import com.fieldcrew.flags.net.DirectCaptureClient;

import org.json.JSONException;
import org.json.JSONObject;

/**
 * Foreground service that pulls flag definitions into Room so field crews keep working offline.
 */
public class FlagSyncService extends Service {

    public static final String CHANNEL_ID = "flag_sync";
    public static final String ACTION_SYNC_DONE = "com.fieldcrew.flags.SYNC_DONE";
    public static final String EXTRA_EVALUATION_KEY = "evaluation_key";

    private static final String TAG = "FlagSyncService";
    private static final int NOTIFICATION_ID = 7001;

    private FlagRepository repository;
    private DirectCaptureClient captureClient;
    private boolean running;

    @Override
    public void onCreate() {
        super.onCreate();
        repository = FlagRepository.get(this);
        captureClient = new DirectCaptureClient(this, repository.credentials());
    }

    @Override
    public int onStartCommand(Intent intent, int flags, int startId) {
        Notification notification = buildNotification(getString(R.string.sync_running));
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.Q) {
            startForeground(NOTIFICATION_ID, notification, ServiceInfo.FOREGROUND_SERVICE_TYPE_DATA_SYNC);
        } else {
            startForeground(NOTIFICATION_ID, notification);
        }
        if (running) {
            return START_NOT_STICKY;
        }
        running = true;
        Log.i(TAG, "flag sync started, startId=" + startId);

        AdminCredentials credentials = repository.credentials();
        SessionStore.get(this).cacheAdminCredentials(credentials);

        repository.sync(() -> {
            running = false;
            String key = credentials.getFlagsSecureKey();
            sendBroadcast(new Intent(ACTION_SYNC_DONE).putExtra(EXTRA_EVALUATION_KEY, key).setPackage(getPackageName()));
            reportSync(startId);
            getSystemService(NotificationManager.class)
                    .notify(NOTIFICATION_ID, buildNotification(getString(R.string.sync_done, 0)));
            stopForeground(STOP_FOREGROUND_DETACH);
            stopSelf(startId);
        });
        return START_NOT_STICKY;
    }

    private void reportSync(int startId) {
        try {
            JSONObject props = new JSONObject().put("start_id", startId).put("sdk", Build.VERSION.SDK_INT);
            captureClient.captureStaffEvent("flag-sync-service", "flag_sync_completed", props);
        } catch (JSONException e) {
            Log.w(TAG, "could not build sync event", e);
        }
    }

    private Notification buildNotification(String text) {
        return new NotificationCompat.Builder(this, CHANNEL_ID)
                .setSmallIcon(android.R.drawable.stat_notify_sync)
                .setContentTitle(getString(R.string.app_name))
                .setContentText(text)
                .setOngoing(running)
                .build();
    }

    @Nullable
    @Override
    public IBinder onBind(Intent intent) {
        return null;
    }
}
