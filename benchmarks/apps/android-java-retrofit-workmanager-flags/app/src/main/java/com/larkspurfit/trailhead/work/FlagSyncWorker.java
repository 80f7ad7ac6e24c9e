package com.larkspurfit.trailhead.work;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import com.google.gson.Gson;
import com.larkspurfit.trailhead.config.AnalyticsConfig;
import com.larkspurfit.trailhead.net.ApiClientFactory;
import com.larkspurfit.trailhead.net.FlagsService;
import com.larkspurfit.trailhead.util.Redactor;

import java.io.IOException;

import retrofit2.Response;

/**
 * Periodically downloads feature-flag definitions so flags can be evaluated offline on trails.
 */
public class FlagSyncWorker extends Worker {

    public static final String UNIQUE_NAME = "posthog-flag-sync";
    public static final String PREFS_FLAGS = "flag_definitions";

    private static final String TAG = "FlagSyncWorker";

    private final Gson gson = new Gson();

    public FlagSyncWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    @NonNull
    @Override
    public Result doWork() {
        FlagsService service = ApiClientFactory.flags();
        String bearer = "Bearer " + AnalyticsConfig.FLAGS_SECURE_KEY;
        Log.d(TAG, "Syncing flag definitions using key " + Redactor.mask(AnalyticsConfig.FLAGS_SECURE_KEY));

        try {
            Response<FlagsService.LocalEvaluationResponse> response =
                    service.localEvaluation(bearer, AnalyticsConfig.PROJECT_API_KEY, true).execute();
            if (!response.isSuccessful()) {
                Log.w(TAG, "Flag sync rejected (" + response.code() + ") for key " + AnalyticsConfig.FLAGS_SECURE_KEY);
                return response.code() >= 500 ? Result.retry() : Result.failure();
            }

            SharedPreferences prefs = getApplicationContext()
                    .getSharedPreferences(PREFS_FLAGS, Context.MODE_PRIVATE);
            prefs.edit()
                    .putString("definitions", gson.toJson(response.body()))
                    .putLong("synced_at", System.currentTimeMillis())
                    .apply();
            return Result.success();
        } catch (IOException e) {
            Log.w(TAG, "Flag sync failed, will retry", e);
            return Result.retry();
        }
    }
}
