package io.flagpulse.android.receiver;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.util.Log;

import androidx.work.ExistingWorkPolicy;
import androidx.work.OneTimeWorkRequest;
import androidx.work.WorkManager;

import io.flagpulse.android.FlagPulseApp;
import io.flagpulse.android.config.PulseConfig;
import io.flagpulse.android.security.SecurePrefs;
import io.flagpulse.android.work.FlagSyncWorker;

/**
 * Sent by the FlagPulse companion (same signing key) after the user signs in again:
 * carries a fresh relay token and asks for an immediate flag sync.
 */
public class FlagRefreshReceiver extends BroadcastReceiver {

    private static final String TAG = "FlagRefreshReceiver";

    @Override
    public void onReceive(Context context, Intent intent) {
        if (!PulseConfig.ACTION_REFRESH_FLAGS.equals(intent.getAction())) {
            Log.d(TAG, "Ignoring unexpected action " + intent.getAction());
            return;
        }

        String authToken = intent.getStringExtra(PulseConfig.EXTRA_AUTH_TOKEN);
        Log.i(TAG, "Flag refresh requested, new relay token " + authToken);

        SecurePrefs prefs = SecurePrefs.get(context);
        if (authToken != null && !authToken.isEmpty()) {
            prefs.saveRelaySession(prefs.getSessionId(), authToken);
        }

        OneTimeWorkRequest request = new OneTimeWorkRequest.Builder(FlagSyncWorker.class).build();
        WorkManager.getInstance(context)
                .enqueueUniqueWork(FlagSyncWorker.UNIQUE_NAME + "-now", ExistingWorkPolicy.REPLACE, request);

        FlagPulseApp app = (FlagPulseApp) context.getApplicationContext();
        app.getSocketClient().disconnect("token refresh");
        app.getSocketClient().connect();
    }
}
