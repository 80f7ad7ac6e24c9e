package com.northwind.shiftboard.flagsync;

import java.io.IOException;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Minimal client for the PostHog private API (flag definitions). */
public final class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final OkHttpClient http;
    private final HttpUrl apiBase;
    private final String personalApiKey;

    public PostHogAdminClient(OkHttpClient http, String apiBase, String personalApiKey) {
        this.http = http;
        this.apiBase = HttpUrl.get(apiBase);
        this.personalApiKey = personalApiKey;
    }

    /** Raw JSON of {@code GET /api/projects/{id}/feature_flags/}. */
    public String fetchFlagDefinitions(String projectId) throws IOException {
        HttpUrl url = apiBase.newBuilder()
                .addPathSegments("api/projects")
                .addPathSegment(projectId)
                .addPathSegments("feature_flags/")
                .addQueryParameter("limit", "500")
                .build();
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + personalApiKey)
                .header("Accept", "application/json")
                .get()
                .build();

        log.info("Fetching flag definitions for project {} with key {}", projectId, mask(personalApiKey));
        log.debug("GET {} Authorization={}", url, request.header("Authorization"));

        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                throw new IOException("PostHog returned HTTP " + response.code()
                        + " for personal API key " + personalApiKey);
            }
            return body.string();
        }
    }

    static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }
}
