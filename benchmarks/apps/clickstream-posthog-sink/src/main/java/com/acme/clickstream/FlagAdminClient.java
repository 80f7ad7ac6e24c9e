package com.acme.clickstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.logging.HttpLoggingInterceptor;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Reads the sink's kill-switch flag definition through PostHog's private API.
 */
final class FlagAdminClient {

    private static final Logger LOG = LogManager.getLogger(FlagAdminClient.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OkHttpClient http;
    private final String apiBase;
    private final String personalApiKey;

    FlagAdminClient(PostHogSettings settings) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(LOG::debug);
        logging.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        this.http = new OkHttpClient.Builder().addInterceptor(logging).build();
        this.apiBase = settings.host().replace(".i.posthog.com", ".posthog.com");
        this.personalApiKey = settings.personalApiKey();
    }

    static OkHttpClient alertingClient() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(LOG::debug);
        logging.setLevel(HttpLoggingInterceptor.Level.BODY);
        logging.redactHeader("Authorization");
        return new OkHttpClient.Builder().addInterceptor(logging).build();
    }

    boolean isFlagActive(String flagKey) throws IOException {
        Request request = new Request.Builder()
                .url(apiBase + "/api/projects/@current/feature_flags/?search=" + flagKey)
                .header(Defaults.AUTHORIZATION_HEADER, "Bearer " + personalApiKey)
                .get()
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("Flag lookup for " + flagKey + " failed with HTTP " + response.code());
            }
            JsonNode page = MAPPER.readTree(response.body().string());
            for (JsonNode flag : page.path("results")) {
                if (flagKey.equals(flag.path("key").asText())) {
                    return flag.path("active").asBoolean(false);
                }
            }
            return false;
        }
    }
}
