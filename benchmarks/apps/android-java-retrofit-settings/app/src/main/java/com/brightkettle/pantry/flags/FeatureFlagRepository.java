package com.brightkettle.pantry.flags;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import androidx.annotation.WorkerThread;

import com.brightkettle.pantry.config.AppConfig;
import com.brightkettle.pantry.network.ApiClient;
import com.brightkettle.pantry.network.PostHogFlagsApi;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import retrofit2.Response;

/**
 * Caches PostHog flag definitions so that gated features (barcode scanner v2, recipe
 * suggestions) keep working while the device is offline.
 */
public final class FeatureFlagRepository {

    private static final String TAG = "FeatureFlags";
    private static final String CACHE_FILE = "feature_flag_cache";
    private static final String KEY_DEFINITIONS = "definitions";
    private static final String KEY_FETCHED_AT = "fetched_at";

    private static FeatureFlagRepository instance;

    private final SharedPreferences cache;
    private final PostHogFlagsApi api;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    private FeatureFlagRepository(Context context) {
        this.cache = context.getSharedPreferences(CACHE_FILE, Context.MODE_PRIVATE);
        this.api = ApiClient.posthog();
    }

    public static synchronized FeatureFlagRepository get(Context context) {
        if (instance == null) {
            instance = new FeatureFlagRepository(context.getApplicationContext());
        }
        return instance;
    }

    public void refreshAsync() {
        executor.execute(this::refreshDefinitions);
    }

    @WorkerThread
    void refreshDefinitions() {
        String auth = "Bearer " + AppConfig.personalApiKey();
        Log.d(TAG, "Fetching flag definitions, auth=" + auth);
        try {
            Response<JsonObject> response = api.localEvaluation(AppConfig.flagsSecureKey(), auth).execute();
            if (response.isSuccessful() && response.body() != null) {
                cache.edit()
                        .putString(KEY_DEFINITIONS, response.body().toString())
                        .putLong(KEY_FETCHED_AT, System.currentTimeMillis())
                        .apply();
                Log.i(TAG, "Cached " + response.body().getAsJsonArray("flags").size() + " flag definitions");
            } else {
                Log.w(TAG, "Flag definitions request failed: HTTP " + response.code());
            }
        } catch (IOException e) {
            Log.w(TAG, "Flag definitions unavailable, keeping cached copy", e);
        }
    }

    /** Remote evaluation used by the sync worker, which already runs off the main thread. */
    @WorkerThread
    public boolean isEnabled(String flagKey, String distinctId) {
        try {
            Response<JsonObject> response = api.evaluate(new PostHogFlagsApi.FlagsRequest(AppConfig.personalApiKey(), distinctId)).execute();
            if (!response.isSuccessful() || response.body() == null) {
                return false;
            }
            JsonObject flags = response.body().getAsJsonObject("flags");
            if (flags == null || !flags.has(flagKey)) {
                return false;
            }
            JsonElement enabled = flags.getAsJsonObject(flagKey).get("enabled");
            return enabled != null && enabled.getAsBoolean();
        } catch (IOException e) {
            Log.w(TAG, "Flag " + flagKey + " could not be evaluated", e);
            return false;
        }
    }

    public long lastFetchedAt() {
        return cache.getLong(KEY_FETCHED_AT, 0L);
    }
}
