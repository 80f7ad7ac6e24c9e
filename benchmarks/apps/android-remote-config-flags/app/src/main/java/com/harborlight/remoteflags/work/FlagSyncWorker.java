package com.harborlight.remoteflags.work;

import android.content.Context;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.work.Constraints;
import androidx.work.Data;
import androidx.work.ExistingPeriodicWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.PeriodicWorkRequest;
import androidx.work.WorkManager;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import com.google.firebase.crashlytics.FirebaseCrashlytics;
import com.harborlight.remoteflags.BuildConfig;
import com.harborlight.remoteflags.config.FlagConfigHolder;
import com.harborlight.remoteflags.data.DiagnosticsReport;
import com.harborlight.remoteflags.data.FlagFetchException;
import com.harborlight.remoteflags.data.FlagRepository;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

public class FlagSyncWorker extends Worker {

    public static final String UNIQUE_NAME = "posthog-flag-sync";
    public static final String KEY_SESSION_ID = "session_id";

    private static final String TAG = "FlagSyncWorker";

    public FlagSyncWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    public static void schedule(Context context, int sessionId) {
        Constraints constraints = new Constraints.Builder()
                .setRequiredNetworkType(NetworkType.CONNECTED)
                .build();
        PeriodicWorkRequest request = new PeriodicWorkRequest.Builder(
                FlagSyncWorker.class, BuildConfig.FLAG_SYNC_INTERVAL_MINUTES, TimeUnit.MINUTES)
                .setConstraints(constraints)
                .setInputData(new Data.Builder().putInt(KEY_SESSION_ID, sessionId).build())
                .build();
        WorkManager.getInstance(context)
                .enqueueUniquePeriodicWork(UNIQUE_NAME, ExistingPeriodicWorkPolicy.UPDATE, request);
    }

    @NonNull
    @Override
    public Result doWork() {
        FirebaseCrashlytics crashlytics = FirebaseCrashlytics.getInstance();
        int sessionId = getInputData().getInt(KEY_SESSION_ID, -1);
        crashlytics.log("flag sync attempt " + getRunAttemptCount() + " sessionId=" + sessionId);

        FlagConfigHolder config = FlagConfigHolder.get();
        if (!config.flagSyncEnabled()) {
            return Result.success();
        }

        FlagRepository repository = FlagRepository.get();
        try {
            repository.refresh();
            DiagnosticsReport report = repository.buildDiagnostics();
            Log.d(TAG, "Synced " + report.flagCount() + " flags, tokenKind=" + report.tokenKind());
            Log.i(TAG, "Flag sync finished: " + report);
            return Result.success();
        } catch (FlagFetchException e) {
            crashlytics.setCustomKey("flag_sync_http_status", e.getHttpStatus());
            crashlytics.recordException(e);
            return e.isRetryable() ? Result.retry() : Result.failure();
        } catch (IOException e) {
            Log.w(TAG, "Flag sync network error, attempt " + getRunAttemptCount(), e);
            return Result.retry();
        }
    }
}
