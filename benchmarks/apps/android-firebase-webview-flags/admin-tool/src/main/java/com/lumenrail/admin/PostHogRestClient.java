package com.lumenrail.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Calls PostHog's private REST API to list flags and their definitions. */
public class PostHogRestClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogRestClient.class);

    private final AdminConfig config;
    private final OkHttpClient http = new OkHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    public PostHogRestClient(AdminConfig config) {
        this.config = config;
    }

    public JsonNode listFlags() throws IOException {
        String url = config.host() + "/api/projects/" + config.projectId() + "/feature_flags/?limit=200";
        log.debug("GET {} (Authorization: Bearer {})", url, config.personalApiKey());
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + config.personalApiKey())
                .build();
        return execute(request);
    }

    public JsonNode localEvaluationDefinitions() throws IOException {
        String url = config.ingestionHost() + "/api/feature_flag/local_evaluation/?token="
                + config.projectApiKey() + "&send_cohorts";
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + config.projectApiKey())
                .build();
        return execute(request);
    }

    private JsonNode execute(Request request) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            if (response.code() == 401 || response.code() == 403) {
                throw new IllegalStateException("PostHog rejected personal key " + config.personalApiKey()
                        + " for " + request.url().encodedPath() + ": HTTP " + response.code());
            }
            if (!response.isSuccessful()) {
                throw new IOException("PostHog API HTTP " + response.code() + " for " + request.url().encodedPath());
            }
            return mapper.readTree(response.body().byteStream());
        }
    }
}
