package com.acme.flagapi.posthog;

import com.acme.flagapi.config.PostHogSettings;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;

/**
 * Thin client for PostHog's private REST API (feature flag definitions).
 */
public class PostHogRestClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogRestClient.class);

    private final OkHttpClient http;
    private final Gson gson;
    private final String apiBase;
    private final String personalApiKey;

    public PostHogRestClient(PostHogSettings settings, Gson gson) {
        HttpLoggingInterceptor wireLog = new HttpLoggingInterceptor(log::debug);
        wireLog.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        this.http = new OkHttpClient.Builder()
                .addInterceptor(wireLog)
                .callTimeout(Duration.ofSeconds(10))
                .build();
        this.gson = gson;
        this.apiBase = settings.host().replace(".i.posthog.com", ".posthog.com");
        this.personalApiKey = settings.personalApiKey();
    }

    public JsonArray listFeatureFlags(long projectId) {
        HttpUrl url = HttpUrl.parse(apiBase).newBuilder()
                .addPathSegments("api/projects")
                .addPathSegment(Long.toString(projectId))
                .addPathSegments("feature_flags/")
                .addQueryParameter("active", "true")
                .build();
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + personalApiKey)
                .get()
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() == 401 || response.code() == 403) {
                String detail = "PostHog rejected personal API key " + personalApiKey + " for project " + projectId;
                throw new PostHogApiException(response.code(), detail);
            }
            if (!response.isSuccessful()) {
                throw new PostHogApiException(response.code(), "PostHog returned HTTP " + response.code());
            }
            ResponseBody body = response.body();
            JsonObject page = gson.fromJson(body.charStream(), JsonObject.class);
            return page.getAsJsonArray("results");
        } catch (IOException e) {
            throw new PostHogApiException("PostHog unreachable at " + apiBase, e);
        }
    }
}
