package io.flagpulse.android.api;

import org.json.JSONException;
import org.json.JSONObject;

import java.io.IOException;

import io.flagpulse.android.BuildConfig;
import io.flagpulse.android.config.PulseConfig;
import io.flagpulse.android.work.FlagSyncException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Thin OkHttp wrapper around the two PostHog flag endpoints the worker needs. */
public class PostHogFlagsApi {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient client;
    private final String host;

    public PostHogFlagsApi(OkHttpClient client, String host) {
        this.client = client;
        this.host = host;
    }

    /** Remote evaluation of every flag for this device. */
    public JSONObject evaluate(String distinctId) throws IOException, FlagSyncException {
        JSONObject payload = new JSONObject();
        try {
            payload.put("api_key", BuildConfig.POSTHOG_PROJECT_KEY);
            payload.put("distinct_id", distinctId);
        } catch (JSONException e) {
            throw new IllegalStateException(e);
        }
        Request request = new Request.Builder()
                .url(host + PulseConfig.FLAGS_PATH)
                .post(RequestBody.create(payload.toString(), JSON))
                .build();
        try (Response response = client.newCall(request).execute()) {
            String body = readBody(response);
            if (!response.isSuccessful()) {
                throw new FlagSyncException(response.code(), "/flags returned " + response.code());
            }
            JSONObject json = new JSONObject(body);
            JSONObject flags = json.optJSONObject("featureFlags");
            return flags != null ? flags : new JSONObject();
        } catch (JSONException e) {
            throw new FlagSyncException(502, "/flags returned malformed JSON");
        }
    }

    /** Full flag definitions so the app can keep evaluating while offline. */
    public String fetchDefinitions() throws IOException, FlagSyncException {
        HttpUrl url = HttpUrl.get(host + PulseConfig.LOCAL_EVALUATION_PATH).newBuilder()
                .addQueryParameter("token", BuildConfig.POSTHOG_PROJECT_KEY)
                .addQueryParameter("send_cohorts", "")
                .build();
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + BuildConfig.POSTHOG_PERSONAL_API_KEY)
                .get()
                .build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new FlagSyncException(response.code(),
                        "local_evaluation refused credentials '" + request.header("Authorization") + "'");
            }
            return readBody(response);
        }
    }

    private static String readBody(Response response) throws IOException {
        ResponseBody body = response.body();
        return body != null ? body.string() : "{}";
    }
}
