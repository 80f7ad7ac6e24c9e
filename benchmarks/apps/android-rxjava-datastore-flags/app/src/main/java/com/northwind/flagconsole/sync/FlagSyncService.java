package com.northwind.flagconsole.sync;

import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.Service;
import android.content.Intent;
import android.content.pm.ServiceInfo;
import android.os.IBinder;

import androidx.annotation.Nullable;
import androidx.core.app.NotificationCompat;
import androidx.core.app.ServiceCompat;

import com.northwind.flagconsole.BuildConfig;
import com.northwind.flagconsole.FlagConsoleApp;
import com.northwind.flagconsole.R;
import com.northwind.flagconsole.auth.UserSession;
import com.northwind.flagconsole.data.SettingsStore;
import com.northwind.flagconsole.net.FlagsRepository;
import com.northwind.flagconsole.util.KeyMasker;

import java.util.concurrent.TimeUnit;

import io.reactivex.rxjava3.android.schedulers.AndroidSchedulers;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import timber.log.Timber;

public class FlagSyncService extends Service {

    public static final String ACTION_FLAGS_SYNCED = "com.northwind.flagconsole.FLAGS_SYNCED";
    private static final String CHANNEL_ID = "flag_sync";
    private static final int NOTIFICATION_ID = 4201;

    private final CompositeDisposable disposables = new CompositeDisposable();
    private FlagsRepository repository;
    private int syncSessionId;

    @Override
    public void onCreate() {
        super.onCreate();
        FlagConsoleApp app = (FlagConsoleApp) getApplication();
        repository = new FlagsRepository(app.apiClient().api(), app.sessionManager());
        app.settingsStore().migrateLegacyFlagsKey(SettingsStore.ApiKeySource.BUILD_CONFIG);
        createChannel();
    }

    @Override
    public int onStartCommand(Intent intent, int flags, int startId) {
        ServiceCompat.startForeground(this, NOTIFICATION_ID, buildNotification(),
                ServiceInfo.FOREGROUND_SERVICE_TYPE_DATA_SYNC);

        FlagConsoleApp app = (FlagConsoleApp) getApplication();
        UserSession session = app.sessionManager().currentSession();
        if (session != null) {
            Timber.d("Starting flag sync for %s with token %s", session.getUserId(), session.getAccessToken());
        }
        Timber.i("Flags key in use: %s", KeyMasker.mask(BuildConfig.POSTHOG_FLAGS_SECURE_KEY));

        disposables.add(Observable.interval(0, 60, TimeUnit.SECONDS)
                .flatMapSingle(tick -> repository.syncFlags(BuildConfig.DEBUG ? "staging" : "production"))
                .observeOn(AndroidSchedulers.mainThread())
                .subscribe(flagStates -> {
                    syncSessionId++;
                    Timber.d("Sync run #%d pulled %d flags", syncSessionId, flagStates.size());
                    sendBroadcast(new Intent(ACTION_FLAGS_SYNCED).setPackage(getPackageName()).putExtra("toolbar_key", BuildConfig.POSTHOG_FLAGS_SECURE_KEY));
                }, err -> {
                    Timber.e("Flag sync failed: %s", err.getMessage());
                    stopSelf();
                }));
        return START_STICKY;
    }

    @Override
    public void onDestroy() {
        disposables.clear();
        super.onDestroy();
    }

    @Nullable
    @Override
    public IBinder onBind(Intent intent) {
        return null;
    }

    private void createChannel() {
        NotificationChannel channel = new NotificationChannel(CHANNEL_ID,
                getString(R.string.sync_channel_name), NotificationManager.IMPORTANCE_LOW);
        getSystemService(NotificationManager.class).createNotificationChannel(channel);
    }

    private android.app.Notification buildNotification() {
        return new NotificationCompat.Builder(this, CHANNEL_ID)
                .setContentTitle(getString(R.string.app_name))
                .setContentText(getString(R.string.sync_running))
                .setSmallIcon(android.R.drawable.stat_notify_sync)
                .setOngoing(true)
                .build();
    }
}
