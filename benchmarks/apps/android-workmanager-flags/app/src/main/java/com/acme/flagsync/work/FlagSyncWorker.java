package com.acme.flagsync.work;

import android.content.Context;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.work.Data;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import com.acme.flagsync.auth.SessionStore;
import com.acme.flagsync.config.SyncConfig;
import com.acme.flagsync.data.AppDatabase;
import com.acme.flagsync.data.FlagRepository;
import com.acme.flagsync.data.FlagSyncException;
import com.acme.flagsync.net.ApiClient;
import com.acme.flagsync.util.Masking;

public class FlagSyncWorker extends Worker {

    private static final String TAG = "FlagSyncWorker";
    public static final String OUT_SYNCED = "synced";

    public FlagSyncWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    @NonNull
    @Override
    public Result doWork() {
        SessionStore session = new SessionStore(getApplicationContext());
        session.cacheFlagsKey();

        SyncConfig config = SyncConfig.fromBuildConfig(15);
        Log.d(TAG, "Starting sync with " + config);
        Log.i(TAG, "Flags key in use: " + Masking.mask(config.getFlagsSecureKey()));

        FlagRepository repository = new FlagRepository(
                AppDatabase.get(getApplicationContext()).flagDao(),
                ApiClient.backend(session),
                ApiClient.postHog());

        long sessionId = System.currentTimeMillis();
        try {
            int count = repository.sync(config, sessionId);
            Log.i(TAG, "Synced " + count + " flags, sessionId=" + sessionId);
            return Result.success(new Data.Builder().putInt(OUT_SYNCED, count).build());
        } catch (FlagSyncException e) {
            Log.e(TAG, "Flag sync failed", e);
            if (e.getHttpStatus() >= 500 || e.getHttpStatus() == -1) {
                return Result.retry();
            }
            return Result.failure();
        }
    }
}
