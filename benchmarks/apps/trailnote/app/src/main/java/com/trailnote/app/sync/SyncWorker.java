package com.trailnote.app.sync;

import android.content.Context;
import android.util.Log;
import androidx.annotation.NonNull;
import androidx.work.Constraints;
import androidx.work.ExistingPeriodicWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.PeriodicWorkRequest;
import androidx.work.WorkManager;
import androidx.work.Worker;
import androidx.work.WorkerParameters;
import com.trailnote.app.BuildConfig;
import com.trailnote.app.analytics.FlagClient;
import com.trailnote.app.data.SessionStore;
import com.trailnote.app.net.ApiClient;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.json.JSONException;
import org.json.JSONObject;

public class SyncWorker extends Worker {

    private static final String TAG = "SyncWorker";
    private static final String WORK_NAME = "trailnote-sync";

    enum SyncState { IDLE, REFRESHING, UPLOADING, DONE }

    public SyncWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    public static void schedule(Context context) {
        Constraints constraints = new Constraints.Builder().setRequiredNetworkType(NetworkType.UNMETERED).build();
        PeriodicWorkRequest request = new PeriodicWorkRequest.Builder(SyncWorker.class, 6, TimeUnit.HOURS)
                .setConstraints(constraints)
                .build();
        WorkManager.getInstance(context).enqueueUniquePeriodicWork(WORK_NAME, ExistingPeriodicWorkPolicy.KEEP, request);
    }

    @NonNull
    @Override
    public Result doWork() {
        SessionStore session = new SessionStore(getApplicationContext());
        OkHttpClient http = ApiClient.get(session);
        SyncState state = SyncState.REFRESHING;
        Log.i(TAG, "sync started, state=" + state + ", attempt " + getRunAttemptCount());
        try {
            refreshSession(http, session);
            state = SyncState.UPLOADING;
            String flags = new FlagClient(getApplicationContext(), http).fetchDefinitions();
            getApplicationContext().getSharedPreferences("flags_cache", Context.MODE_PRIVATE)
                    .edit().putString("definitions", flags).apply();
            state = SyncState.DONE;
            Log.i(TAG, "sync finished, state=" + state);
            return Result.success();
        } catch (IOException | JSONException e) {
            Log.w(TAG, "sync failed in state " + state, e);
            return getRunAttemptCount() < 3 ? Result.retry() : Result.failure();
        }
    }

    private void refreshSession(OkHttpClient http, SessionStore session) throws IOException, JSONException {
        String refreshToken = session.refreshToken();
        if (refreshToken == null) {
            return;
        }
        Request request = new Request.Builder()
                .url(BuildConfig.API_BASE_URL + "auth/refresh")
                .post(new FormBody.Builder().add("refresh_token", refreshToken).build())
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("refresh rejected (" + response.code() + ") for refresh token " + refreshToken);
            }
            JSONObject body = new JSONObject(response.body().string());
            session.save(session.user(), body.getString("access_token"), body.optString("refresh_token", refreshToken),
                    System.currentTimeMillis() + body.getLong("expires_in") * 1000L);
            Log.d(TAG, "session refreshed, new token length " + body.getString("access_token").length());
        }
    }
}
