package io.flagpulse.android;

import android.app.Application;
import android.util.Log;

import androidx.work.Constraints;
import androidx.work.ExistingPeriodicWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.PeriodicWorkRequest;
import androidx.work.WorkManager;

import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import java.util.concurrent.TimeUnit;

import io.flagpulse.android.security.SecurePrefs;
import io.flagpulse.android.work.FlagSyncWorker;
import io.flagpulse.android.ws.FlagSocketClient;

public class FlagPulseApp extends Application {

    private static final String TAG = "FlagPulseApp";

    private FlagSocketClient socketClient;

    @Override
    public void onCreate() {
        super.onCreate();

        PostHogAndroidConfig config = new PostHogAndroidConfig(BuildConfig.POSTHOG_PROJECT_KEY, BuildConfig.POSTHOG_HOST);
        config.setCaptureApplicationLifecycleEvents(true);
        config.setCaptureScreenViews(false);
        config.setDebug(BuildConfig.DEBUG);
        PostHogAndroid.Companion.setup(this, config);

        SecurePrefs prefs = SecurePrefs.get(this);
        socketClient = new FlagSocketClient(this, prefs);
        if (prefs.getRelayToken() != null) {
            socketClient.connect();
        }

        scheduleFlagSync();
        Log.i(TAG, "FlagPulse " + BuildConfig.VERSION_NAME + " started, relay=" + BuildConfig.RELAY_URL);
    }

    public FlagSocketClient getSocketClient() {
        return socketClient;
    }

    private void scheduleFlagSync() {
        Constraints constraints = new Constraints.Builder()
                .setRequiredNetworkType(NetworkType.CONNECTED)
                .build();
        PeriodicWorkRequest request =
                new PeriodicWorkRequest.Builder(FlagSyncWorker.class, 15, TimeUnit.MINUTES)
                        .setConstraints(constraints)
                        .build();
        WorkManager.getInstance(this).enqueueUniquePeriodicWork(
                FlagSyncWorker.UNIQUE_NAME, ExistingPeriodicWorkPolicy.KEEP, request);
    }
}
