package com.northwind.fieldops.work;

import android.content.Context;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import com.google.gson.JsonObject;
import com.northwind.fieldops.config.SecureSettings;
import com.northwind.fieldops.data.AppDatabase;
import com.northwind.fieldops.data.SessionDao;
import com.northwind.fieldops.data.SessionEntity;
import com.northwind.fieldops.net.ApiClient;
import com.northwind.fieldops.net.ApiException;
import com.northwind.fieldops.net.FlagsRepository;

/**
 * Periodically refreshes the technician session and the cached feature flags.
 */
public class FlagSyncWorker extends Worker {

    public static final String UNIQUE_NAME = "flag-sync";
    private static final String TAG = "FlagSyncWorker";
    private static final int MAX_ATTEMPTS = 5;

    public FlagSyncWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    @NonNull
    @Override
    public Result doWork() {
        SessionDao sessionDao = AppDatabase.get(getApplicationContext()).sessionDao();
        SecureSettings settings = new SecureSettings(getApplicationContext());
        FlagsRepository repository = new FlagsRepository(ApiClient.flags(), ApiClient.backendAuth(sessionDao), sessionDao);

        SessionEntity session = sessionDao.currentSession();
        if (session == null) {
            Log.i(TAG, "no session, skipping flag sync");
            return Result.success();
        }
        Log.d(TAG, "restored " + session);

        try {
            if (session.isExpired(System.currentTimeMillis())) {
                session = repository.refreshSession(session);
                Log.i(TAG, "session " + session.sessionId + " renewed");
            }
            JsonObject flags = repository.fetchFlags(settings.distinctId());
            Log.i(TAG, "synced " + flags.size() + " flags");
            settings.markSynced(System.currentTimeMillis());
            return Result.success();
        } catch (ApiException e) {
            Log.w(TAG, "flag sync failed: " + e.getMessage());
            if (e.isUnauthorized() || getRunAttemptCount() >= MAX_ATTEMPTS) {
                return Result.failure();
            }
            return Result.retry();
        }
    }
}
