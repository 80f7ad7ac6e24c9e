package com.acme.flagctl;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin client for the PostHog private REST API (feature flag definitions).
 */
public class FlagAdminClient {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminClient.class);

    private final OkHttpClient http;
    private final String apiBase;
    private final String projectId;
    private final String personalApiKey;

    public FlagAdminClient(String apiBase, String projectId, String personalApiKey) {
        this.http = new OkHttpClient.Builder()
                .callTimeout(30, TimeUnit.SECONDS)
                .build();
        this.apiBase = Objects.requireNonNull(apiBase);
        this.projectId = Objects.requireNonNull(projectId);
        this.personalApiKey = Objects.requireNonNull(personalApiKey, "POSTHOG_PERSONAL_API_KEY is not set");
    }

    public String listFlags() throws IOException {
        String url = apiBase + "/api/projects/" + projectId + "/feature_flags/?limit=200";
        log.debug("GET {} (Authorization: Bearer {})", url, personalApiKey);
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + personalApiKey)
                .header("Accept", "application/json")
                .get()
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException("PostHog refused personal key " + personalApiKey
                        + " for project " + projectId + ": HTTP " + response.code());
            }
            ResponseBody body = response.body();
            String json = body != null ? body.string() : "{}";
            log.info("Fetched flag definitions for project {} ({} bytes)", projectId, json.length());
            return json;
        }
    }
}
