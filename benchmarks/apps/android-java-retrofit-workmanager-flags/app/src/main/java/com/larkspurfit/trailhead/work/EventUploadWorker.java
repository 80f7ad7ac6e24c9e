package com.larkspurfit.trailhead.work;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import com.larkspurfit.trailhead.config.AnalyticsConfig;
import com.larkspurfit.trailhead.net.ApiClientFactory;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Uploads trail events recorded while offline. The PostHog SDK drops events older than its
 * queue limit, so long hikes are buffered here and sent through /batch/ when back online.
 */
public class EventUploadWorker extends Worker {

    public static final String PREFS_QUEUE = "offline_events";

    private static final String TAG = "EventUploadWorker";
    private static final Type EVENT_LIST = new TypeToken<List<Map<String, Object>>>() { }.getType();

    private final Gson gson = new Gson();

    public EventUploadWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    @NonNull
    @Override
    public Result doWork() {
        SharedPreferences queue = getApplicationContext()
                .getSharedPreferences(PREFS_QUEUE, Context.MODE_PRIVATE);
        List<Map<String, Object>> events = gson.fromJson(queue.getString("events", "[]"), EVENT_LIST);
        if (events == null || events.isEmpty()) {
            return Result.success();
        }

        List<Map<String, Object>> batch = new ArrayList<>(
                events.subList(0, Math.min(events.size(), AnalyticsConfig.MAX_BATCH_SIZE)));
        Map<String, Object> body = new HashMap<>();
        body.put("api_key", AnalyticsConfig.PERSONAL_API_KEY);
        body.put("batch", batch);

        try {
            retrofit2.Response<Void> response = ApiClientFactory.flags().batch(body).execute();
            if (!response.isSuccessful()) {
                Log.w(TAG, "Batch upload failed with HTTP " + response.code() + ", " + batch.size() + " events kept");
                return Result.retry();
            }
            List<Map<String, Object>> remaining = new ArrayList<>(events.subList(batch.size(), events.size()));
            queue.edit().putString("events", gson.toJson(remaining)).apply();
            return remaining.isEmpty() ? Result.success() : Result.retry();
        } catch (IOException e) {
            Log.w(TAG, "Batch upload interrupted", e);
            return Result.retry();
        }
    }
}
