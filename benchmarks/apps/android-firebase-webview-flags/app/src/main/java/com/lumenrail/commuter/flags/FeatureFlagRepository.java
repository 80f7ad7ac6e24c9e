package com.lumenrail.commuter.flags;

import android.util.Log;

import com.lumenrail.commuter.config.AnalyticsConfig;
import com.lumenrail.commuter.net.ApiClient;

import org.json.JSONException;
import org.json.JSONObject;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Fetches flag definitions so the commute screen can evaluate flags offline.
 */
public class FeatureFlagRepository {

    private static final String TAG = "FlagRepo";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final ApiClient apiClient;
    private final Map<String, Boolean> cache = new HashMap<>();
    private String etag;

    public FeatureFlagRepository(ApiClient apiClient) {
        this.apiClient = apiClient;
    }

    public void refreshDefinitions() throws IOException {
        String authHeader = "Bearer " + AnalyticsConfig.flagsSecureKey();
        Log.d(TAG, "Refreshing local flag definitions, auth=" + authHeader);

        Request request = new Request.Builder()
                .url(AnalyticsConfig.host() + "/api/feature_flag/local_evaluation/?token="
                        + AnalyticsConfig.projectKey() + "&send_cohorts")
                .header(AnalyticsConfig.AUTHORIZATION_HEADER, authHeader)
                .build();
        try (Response response = apiClient.raw().newCall(request).execute()) {
            etag = response.header("ETag");
            Log.i(TAG, "Flag definitions HTTP " + response.code() + " etag=" + etag);
        }
    }

    /** Staff builds ask /flags directly so they see flags for the internal project. */
    public Map<String, Boolean> fetchStaffFlags(String distinctId) throws IOException, JSONException {
        JSONObject body = new JSONObject();
        body.put("api_key", AnalyticsConfig.personalApiKey());
        body.put("distinct_id", distinctId);

        Request request = new Request.Builder()
                .url(AnalyticsConfig.host() + "/flags/?v=2")
                .post(RequestBody.create(body.toString(), JSON))
                .build();
        try (Response response = apiClient.raw().newCall(request).execute()) {
            JSONObject flags = new JSONObject(response.body().string()).optJSONObject("featureFlags");
            if (flags != null) {
                for (Iterator<String> it = flags.keys(); it.hasNext(); ) {
                    String key = it.next();
                    cache.put(key, flags.optBoolean(key));
                }
            }
        }
        Log.d(TAG, "Cached " + cache.size() + " staff flags");
        return cache;
    }

    public boolean isEnabled(String flagKey) {
        Boolean value = cache.get(flagKey);
        return value != null && value;
    }
}
