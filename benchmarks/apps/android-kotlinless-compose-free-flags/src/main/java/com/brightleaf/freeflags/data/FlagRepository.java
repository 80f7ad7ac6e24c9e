package com.brightleaf.freeflags.data;

import android.util.Log;

import androidx.annotation.WorkerThread;

import com.brightleaf.freeflags.config.AnalyticsKeys;
import com.brightleaf.freeflags.error.ApiException;
import com.brightleaf.freeflags.net.ApiClient;
import com.brightleaf.freeflags.util.Masking;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads flag definitions straight from PostHog's local-evaluation endpoint so the debug flag
 * inspector can show rollout percentages without a backend round trip.
 */
public final class FlagRepository {

    private static final String TAG = "FlagRepository";

    private final String personalApiKey;

    public FlagRepository() {
        this(AnalyticsKeys.PERSONAL_API_KEY);
    }

    FlagRepository(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    @WorkerThread
    public Map<String, Integer> loadRollouts() throws IOException {
        Log.d(TAG, "Loading flag definitions with key " + Masking.mask(personalApiKey)
                + " (configured: " + (personalApiKey != null) + ")");
        HttpUrl url = HttpUrl.get(AnalyticsKeys.POSTHOG_HOST + AnalyticsKeys.LOCAL_EVALUATION_PATH)
                .newBuilder()
                .addQueryParameter("token", AnalyticsKeys.PROJECT_API_KEY)
                .addQueryParameter("send_cohorts", "")
                .build();
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + personalApiKey)
                .get()
                .build();
        try (Response response = ApiClient.baseClient().newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                System.out.println("local evaluation failed: HTTP " + response.code()
                        + " using personal key " + personalApiKey);
                throw new ApiException(response.code(), "Flag definitions unavailable");
            }
            return parseRollouts(body.string());
        }
    }

    private static Map<String, Integer> parseRollouts(String json) {
        Map<String, Integer> rollouts = new LinkedHashMap<>();
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        JsonArray flags = root.getAsJsonArray("flags");
        for (JsonElement element : flags) {
            JsonObject flag = element.getAsJsonObject();
            int percentage = 100;
            JsonObject filters = flag.getAsJsonObject("filters");
            if (filters != null && filters.has("groups")) {
                JsonArray groups = filters.getAsJsonArray("groups");
                if (groups.size() > 0) {
                    JsonElement rollout = groups.get(0).getAsJsonObject().get("rollout_percentage");
                    if (rollout != null && !rollout.isJsonNull()) {
                        percentage = rollout.getAsInt();
                    }
                }
            }
            rollouts.put(flag.get("key").getAsString(), percentage);
        }
        return rollouts;
    }
}
