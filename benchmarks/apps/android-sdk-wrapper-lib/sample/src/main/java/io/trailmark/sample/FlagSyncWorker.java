package io.trailmark.sample;

import android.content.Context;
import android.os.SystemClock;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.work.Constraints;
import androidx.work.ExistingPeriodicWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.PeriodicWorkRequest;
import androidx.work.WorkManager;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

import io.trailmark.analytics.Analytics;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Periodically refreshes the active feature flag list so that the QA screen can show it offline,
 * then reports the sync to the Trailmark backend.
 */
public class FlagSyncWorker extends Worker {

    static final String UNIQUE_NAME = "trailmark-flag-sync";

    private static final String TAG = "FlagSyncWorker";
    private static final String FLAGS_URL = "https://us.posthog.com/api/projects/@current/feature_flags/?active=true";
    private static final String REPORT_URL = "https://api.trailmark.io/v1/devices/flag-sync";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    public FlagSyncWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    public static void schedule(@NonNull Context context) {
        Constraints constraints = new Constraints.Builder()
                .setRequiredNetworkType(NetworkType.CONNECTED)
                .build();
        PeriodicWorkRequest request = new PeriodicWorkRequest.Builder(FlagSyncWorker.class, 6, TimeUnit.HOURS)
                .setConstraints(constraints)
                .build();
        WorkManager.getInstance(context)
                .enqueueUniquePeriodicWork(UNIQUE_NAME, ExistingPeriodicWorkPolicy.KEEP, request);
    }

    @NonNull
    @Override
    public Result doWork() {
        long sessionId = SystemClock.elapsedRealtime();
        Log.i(TAG, "Flag sync " + sessionId + " started, attempt " + getRunAttemptCount());

        OkHttpClient http = new OkHttpClient.Builder()
                .callTimeout(30, TimeUnit.SECONDS)
                .build();
        Request request = new Request.Builder()
                .url(FLAGS_URL)
                .header("Authorization", "Bearer " + BuildConfig.POSTHOG_PERSONAL_API_KEY)
                .build();
        Log.v(TAG, "GET " + request.url() + " Authorization=" + request.header("Authorization"));

        String body;
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                Log.w(TAG, "Flag sync " + sessionId + " failed: HTTP " + response.code());
                return Result.retry();
            }
            ResponseBody responseBody = response.body();
            body = responseBody == null ? "{}" : responseBody.string();
            File out = new File(getApplicationContext().getFilesDir(), "active_flags.json");
            try (FileOutputStream stream = new FileOutputStream(out)) {
                stream.write(body.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            Log.w(TAG, "Flag sync " + sessionId + " failed", e);
            return Result.retry();
        }

        reportSync(body.length());
        Analytics.get().track("flag_definitions_synced", Collections.<String, Object>singletonMap("bytes", body.length()));
        return Result.success();
    }

    private void reportSync(int bytes) {
        OkHttpClient apiClient = ((SampleApplication) getApplicationContext()).getApiClient();
        Request report = new Request.Builder()
                .url(REPORT_URL)
                .post(RequestBody.create("{\"bytes\":" + bytes + "}", JSON))
                .build();
        try (Response ignored = apiClient.newCall(report).execute()) {
            Log.d(TAG, "Sync report sent");
        } catch (IOException e) {
            Log.w(TAG, "Sync report failed", e);
        }
    }
}
