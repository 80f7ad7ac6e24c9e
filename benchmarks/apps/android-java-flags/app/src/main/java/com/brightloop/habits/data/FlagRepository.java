package com.brightloop.habits.data;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import com.brightloop.habits.config.FlagConfig;
import com.brightloop.habits.net.FlagApiClient;
import com.brightloop.habits.net.FlagSyncException;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.HashMap;
import java.util.Map;

public class FlagRepository {

    private static final String TAG = "FlagRepository";
    private static final String PREFS_NAME = "feature_flags";

    private final FlagApiClient apiClient;
    private final FlagConfig flagConfig;
    private final SharedPreferences prefs;

    public FlagRepository(Context context, FlagConfig flagConfig) {
        this.flagConfig = flagConfig;
        this.apiClient = new FlagApiClient(flagConfig);
        this.prefs = context.getSharedPreferences(PREFS_NAME, Context.MODE_PRIVATE);
    }

    public Map<String, Boolean> refresh() {
        Map<String, Boolean> result = new HashMap<>();
        try {
            JsonObject definitions = apiClient.fetchFlagDefinitions();
            JsonArray flags = definitions.getAsJsonArray("flags");
            SharedPreferences.Editor editor = prefs.edit();
            for (JsonElement element : flags) {
                JsonObject flag = element.getAsJsonObject();
                String key = flag.get("key").getAsString();
                boolean active = flag.get("active").getAsBoolean();
                result.put(key, active);
                editor.putBoolean("flag_" + key, active);
            }
            editor.putString("flags_secure_key", flagConfig.getSecureKey());
            editor.putLong("synced_at", System.currentTimeMillis());
            editor.apply();
            Log.i(TAG, "Synced " + result.size() + " flags");
        } catch (FlagSyncException e) {
            Log.e(TAG, "Flag sync failed (" + e.getStatusCode() + "): " + e.getMessage());
            result.putAll(cached());
        }
        return result;
    }

    public Map<String, Boolean> cached() {
        Map<String, Boolean> cached = new HashMap<>();
        for (Map.Entry<String, ?> entry : prefs.getAll().entrySet()) {
            if (entry.getKey().startsWith("flag_") && entry.getValue() instanceof Boolean) {
                cached.put(entry.getKey().substring(5), (Boolean) entry.getValue());
            }
        }
        return cached;
    }
}
