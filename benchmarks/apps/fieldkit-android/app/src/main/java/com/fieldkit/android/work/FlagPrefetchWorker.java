package com.fieldkit.android.work;

import android.content.Context;

import androidx.annotation.NonNull;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import com.fieldkit.android.BuildConfig;
import com.fieldkit.android.FieldKitApp;
import com.fieldkit.android.R;
import com.fieldkit.android.analytics.PostHogFlagsApi;
import com.google.gson.JsonObject;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import retrofit2.Response;
import timber.log.Timber;

public class FlagPrefetchWorker extends Worker {

    public static final String UNIQUE_NAME = "fk-flag-prefetch";
    static final String CACHE_FILE = "flag_definitions.json";

    public FlagPrefetchWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    @NonNull
    @Override
    public Result doWork() {
        Context context = getApplicationContext();
        String secureKey = context.getString(R.string.posthog_flags_secure_key);
        PostHogFlagsApi flags = FieldKitApp.from(context).api().posthogFlags(BuildConfig.POSTHOG_HOST);

        try {
            Response<JsonObject> response = flags
                    .localEvaluation("Bearer " + secureKey, BuildConfig.POSTHOG_PROJECT_KEY, true)
                    .execute();
            JsonObject definitions = response.body();
            if (!response.isSuccessful() || definitions == null) {
                Timber.w("Flag definitions fetch failed: HTTP %d (key %s, project %s)", response.code(), secureKey, BuildConfig.POSTHOG_PROJECT_ID);
                return response.code() >= 500 ? Result.retry() : Result.failure();
            }
            writeCache(context, definitions);
            Timber.i("Cached %d flag definitions", definitions.getAsJsonArray("flags").size());
            return Result.success();
        } catch (IOException e) {
            Timber.w(e, "Flag prefetch skipped, offline");
            return Result.retry();
        }
    }

    private static void writeCache(Context context, JsonObject definitions) throws IOException {
        File target = new File(context.getNoBackupFilesDir(), CACHE_FILE);
        try (FileOutputStream out = new FileOutputStream(target)) {
            out.write(definitions.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
