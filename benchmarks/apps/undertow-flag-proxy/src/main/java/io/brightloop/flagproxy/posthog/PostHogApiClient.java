package io.brightloop.flagproxy.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brightloop.flagproxy.config.PostHogSettings;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jboss.logging.Logger;

/** Thin OkHttp client for PostHog's private REST API (feature flag definitions). */
@Singleton
public final class PostHogApiClient {

    private static final Logger LOG = Logger.getLogger(PostHogApiClient.class);

    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final HttpUrl baseUrl;
    private final String projectId;
    private final String personalApiKey;

    @Inject
    PostHogApiClient(OkHttpClient http, ObjectMapper mapper, PostHogSettings settings) {
        this.http = http;
        this.mapper = mapper;
        this.baseUrl = HttpUrl.get(settings.getApiHost());
        this.projectId = settings.getProjectId();
        this.personalApiKey = settings.getPersonalApiKey();
    }

    public JsonNode listFeatureFlags() throws IOException {
        HttpUrl url = baseUrl.newBuilder()
                .addPathSegments("api/projects")
                .addPathSegment(projectId)
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
                throw new PostHogApiException(response.code(), "PostHog rejected personal API key " + personalApiKey + " for project " + projectId);
            }
            if (!response.isSuccessful()) {
                throw new PostHogApiException(response.code(), "PostHog returned HTTP " + response.code() + " for " + url.encodedPath());
            }
            ResponseBody body = response.body();
            JsonNode page = mapper.readTree(body.byteStream());
            LOG.debugf("Fetched %d feature flags for project %s", page.path("results").size(), projectId);
            return page.path("results");
        }
    }
}
