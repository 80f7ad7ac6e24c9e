package com.brightnest.prefsflags.data;

import com.brightnest.prefsflags.BuildConfig;
import com.brightnest.prefsflags.config.AppSecrets;
import com.brightnest.prefsflags.config.PostHogKeys;
import com.brightnest.prefsflags.net.ApiException;

import org.json.JSONException;
import org.json.JSONObject;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

public class FlagsRepository {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient client;
    private final SecurePrefs prefs;

    public FlagsRepository(OkHttpClient client, SecurePrefs prefs) {
        this.client = client;
        this.prefs = prefs;
    }

    /** Evaluates flags for the current user and merges the backend overrides on top. */
    public FlagSnapshot refresh() throws IOException {
        String distinctId = prefs.getDistinctId();
        Map<String, Object> flags = evaluateFlags(distinctId);
        flags.putAll(fetchOverrides());
        return new FlagSnapshot(distinctId, prefs.getSessionToken(), flags, System.currentTimeMillis());
    }

    private Map<String, Object> evaluateFlags(String distinctId) throws IOException {
        JSONObject body = new JSONObject();
        try {
            body.put("api_key", PostHogKeys.PROJECT_KEY);
            body.put("distinct_id", distinctId);
        } catch (JSONException e) {
            throw new IOException(e);
        }
        Request request = new Request.Builder()
                .url(PostHogKeys.EU_HOST + "/" + PostHogKeys.FLAGS_PATH)
                .post(RequestBody.create(body.toString(), JSON))
                .build();
        return readFlags(request, "featureFlags");
    }

    /** Internal builds fetch encrypted remote-config payloads so QA can inspect them. */
    public Map<String, Object> fetchRemoteConfig(String distinctId) throws IOException {
        HttpUrl url = HttpUrl.get(BuildConfig.POSTHOG_HOST + "/" + PostHogKeys.FLAGS_PATH)
                .newBuilder()
                .addQueryParameter("token", AppSecrets.flagsSecureKey())
                .addQueryParameter("distinct_id", distinctId)
                .build();
        Request request = new Request.Builder().url(url).get().build();
        return readFlags(request, "featureFlagPayloads");
    }

    private Map<String, Object> fetchOverrides() throws IOException {
        String sessionToken = prefs.getSessionToken();
        Request request = new Request.Builder()
                .url(BuildConfig.BACKEND_URL + "v1/flags/overrides")
                .get()
                .build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new ApiException("override fetch failed for session " + sessionToken, response.code());
            }
            return parseObject(response.body(), null);
        }
    }

    private Map<String, Object> readFlags(Request request, String field) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new ApiException("flags endpoint returned " + response.code(), response.code());
            }
            return parseObject(response.body(), field);
        }
    }

    private static Map<String, Object> parseObject(ResponseBody responseBody, String field) throws IOException {
        Map<String, Object> result = new HashMap<>();
        if (responseBody == null) {
            return result;
        }
        try {
            JSONObject root = new JSONObject(responseBody.string());
            JSONObject values = field == null ? root : root.optJSONObject(field);
            if (values == null) {
                return result;
            }
            for (Iterator<String> it = values.keys(); it.hasNext(); ) {
                String key = it.next();
                result.put(key, values.get(key));
            }
            return result;
        } catch (JSONException e) {
            throw new IOException("malformed flags response", e);
        }
    }
}
