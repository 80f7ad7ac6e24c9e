package io.flagpulse.android.work;

import android.content.Context;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import org.json.JSONObject;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import io.flagpulse.android.BuildConfig;
import io.flagpulse.android.api.PostHogFlagsApi;
import io.flagpulse.android.provider.FlagStateProvider;
import io.flagpulse.android.security.SecurePrefs;
import okhttp3.OkHttpClient;

/** Periodic (and on-demand) flag refresh, scheduled by FlagPulseApp and FlagRefreshReceiver. */
public class FlagSyncWorker extends Worker {

    public static final String UNIQUE_NAME = "flagpulse-flag-sync";

    private static final String TAG = "FlagSyncWorker";
    private static final String DEFINITIONS_FILE = "flag_definitions.json";
    private static final OkHttpClient HTTP = new OkHttpClient.Builder()
            .callTimeout(30, TimeUnit.SECONDS)
            .build();

    public FlagSyncWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    @NonNull
    @Override
    public Result doWork() {
        Context context = getApplicationContext();
        SecurePrefs prefs = SecurePrefs.get(context);
        PostHogFlagsApi api = new PostHogFlagsApi(HTTP, BuildConfig.POSTHOG_HOST);
        try {
            JSONObject flags = api.evaluate(prefs.getOrCreateDeviceId());
            prefs.saveFlagSnapshot(flags.toString());
            context.getContentResolver().notifyChange(FlagStateProvider.CONTENT_URI, null);

            writeDefinitions(context, api.fetchDefinitions());
            Log.i(TAG, "Flag sync done: " + flags.length() + " flags, attempt " + getRunAttemptCount());
            return Result.success();
        } catch (FlagSyncException e) {
            Log.e(TAG, "Flag sync rejected (" + e.getHttpStatus() + "): " + e.getMessage());
            return e.isRetryable() ? Result.retry() : Result.failure();
        } catch (IOException e) {
            Log.w(TAG, "Flag sync network error, will retry", e);
            return Result.retry();
        }
    }

    private static void writeDefinitions(Context context, String definitions) throws IOException {
        File target = new File(context.getFilesDir(), DEFINITIONS_FILE);
        try (OutputStream out = new FileOutputStream(target)) {
            out.write(definitions.getBytes(StandardCharsets.UTF_8));
        }
    }
}
