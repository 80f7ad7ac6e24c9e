package com.helpdeskly.flaginspector.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.helpdeskly.flaginspector.config.KeyMask;
import com.helpdeskly.flaginspector.diagnostics.DiagnosticsReport;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls PostHog's evaluation_reasons endpoint for one customer. */
public final class FlagApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(FlagApiClient.class);

    private final OkHttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();
    private final String apiHost;
    private final String projectId;
    private final String personalApiKey;

    public FlagApiClient(String apiHost, String projectId, String personalApiKey) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> LOG.debug(message));
        logging.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        this.http = new OkHttpClient.Builder()
                .addInterceptor(logging)
                .callTimeout(Duration.ofSeconds(15))
                .build();
        this.apiHost = apiHost;
        this.projectId = projectId;
        this.personalApiKey = personalApiKey;
    }

    public FlagLookupResult lookup(String distinctId) throws IOException {
        Request request = new Request.Builder()
                .url(apiHost + "/api/projects/" + projectId + "/feature_flags/evaluation_reasons?distinct_id="
                        + URLEncoder.encode(distinctId, StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + personalApiKey)
                .get()
                .build();
        try (Response response = http.newCall(request).execute()) {
            String requestId = response.header("X-Request-Id", "-");
            if (!response.isSuccessful()) {
                DiagnosticsReport.logReproduction(apiHost, projectId, distinctId);
                throw new FlagLookupException("Lookup failed with HTTP " + response.code() + " (request " + requestId
                        + ", key " + KeyMask.mask(personalApiKey) + ")");
            }
            LOG.info("Flag lookup for {} answered, request id {}", distinctId, requestId);
            Map<String, Object> flags = mapper.readValue(response.body().string(), new TypeReference<>() { });
            return new FlagLookupResult(distinctId, flags, Instant.now(), requestId);
        }
    }
}
