package com.lumenlabs.flagbot.posthog;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Thin client for PostHog's private REST API (feature flag management).
 */
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private final PostHogCredentials credentials;
    private final OkHttpClient http;
    private final ObjectMapper mapper;

    public PostHogApiClient(PostHogCredentials credentials, ObjectMapper mapper) {
        this.credentials = credentials;
        this.mapper = mapper;

        HttpLoggingInterceptor wireLog = new HttpLoggingInterceptor(message -> log.trace("posthog http: {}", message));
        wireLog.redactHeader("Authorization");
        wireLog.setLevel(HttpLoggingInterceptor.Level.HEADERS);

        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(15))
                .addInterceptor(new ApiTimingInterceptor())
                .addNetworkInterceptor(wireLog)
                .build();
        log.info("PostHog API client ready for {}", credentials);
    }

    public List<FeatureFlag> listFlags() {
        Request request = authorized(credentials.projectUrl("/feature_flags/?limit=200")).get().build();
        FeatureFlag.Page page = execute(request, FeatureFlag.Page.class);
        return page.results();
    }

    public FeatureFlag findFlag(String flagKey) {
        return listFlags().stream()
                .filter(f -> f.key().equals(flagKey))
                .findFirst()
                .orElseThrow(() -> new PostHogApiException("No feature flag '" + flagKey + "'", 404));
    }

    public FeatureFlag setActive(long flagId, boolean active) {
        try {
            String body = mapper.writeValueAsString(Map.of("active", active));
            Request request = authorized(credentials.projectUrl("/feature_flags/" + flagId + "/"))
                    .patch(RequestBody.create(body, JSON))
                    .build();
            return execute(request, FeatureFlag.class);
        } catch (IOException e) {
            throw new PostHogApiException("Cannot encode flag update", e);
        }
    }

    private Request.Builder authorized(String url) {
        return new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + credentials.personalApiKey())
                .header("User-Agent", BuildInfo.USER_AGENT);
    }

    private <T> T execute(Request request, Class<T> type) {
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (response.code() == 401 || response.code() == 403) {
                throw new PostHogApiException("PostHog refused personal API key " + credentials.personalApiKey()
                        + " for project " + credentials.projectId(), response.code());
            }
            if (!response.isSuccessful() || body == null) {
                throw new PostHogApiException("PostHog returned HTTP " + response.code()
                        + " for " + request.url().encodedPath(), response.code());
            }
            return mapper.readValue(body.byteStream(), type);
        } catch (IOException e) {
            throw new PostHogApiException("PostHog API unreachable: " + e.getMessage(), e);
        }
    }
}
