package com.brightnest.prefsflags.work;

import android.content.Context;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import com.brightnest.prefsflags.FlagsApplication;
import com.brightnest.prefsflags.data.FlagSnapshot;
import com.brightnest.prefsflags.data.SecurePrefs;
import com.brightnest.prefsflags.net.ApiException;

import java.io.IOException;

/** Periodic background refresh so cold starts have fresh flags. */
public class FlagSyncWorker extends Worker {

    private static final String TAG = "FlagSyncWorker";
    private static final int MAX_ATTEMPTS = 5;

    public FlagSyncWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    @NonNull
    @Override
    public Result doWork() {
        FlagsApplication app = (FlagsApplication) getApplicationContext();
        SecurePrefs prefs = app.getSecurePrefs();
        Log.i(TAG, "flag sync attempt " + getRunAttemptCount() + "/" + MAX_ATTEMPTS);
        try {
            FlagSnapshot snapshot = app.getFlagsRepository().refresh();
            app.publishSnapshot(snapshot);
            return Result.success();
        } catch (ApiException e) {
            Log.e(TAG, "flag sync failed with status " + e.getStatusCode(), e);
            if (e.isUnauthorized()) {
                Log.w(TAG, "session expired, will retry with refresh token " + prefs.getRefreshToken());
                return Result.retry();
            }
            return Result.failure();
        } catch (IOException e) {
            Log.w(TAG, "network error during flag sync: " + e.getClass().getSimpleName());
            return getRunAttemptCount() < MAX_ATTEMPTS ? Result.retry() : Result.failure();
        }
    }
}
