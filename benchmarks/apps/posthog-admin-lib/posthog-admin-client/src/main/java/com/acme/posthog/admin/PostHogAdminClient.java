package com.acme.posthog.admin;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.acme.posthog.admin.auth.BearerAuthInterceptor;
import com.acme.posthog.admin.auth.KeyMasker;
import com.acme.posthog.admin.auth.KeyPrefixes;
import com.acme.posthog.admin.error.PostHogApiException;
import com.acme.posthog.admin.error.PostHogAuthException;
import com.acme.posthog.admin.http.RequestLoggingInterceptor;
import com.acme.posthog.admin.http.RetryPolicy;
import com.acme.posthog.admin.model.FeatureFlag;
import com.acme.posthog.admin.model.FlagPage;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Small client for the parts of PostHog's private API we automate: listing, reading and toggling
 * feature flags. Thread-safe; create one per process.
 *
 * <pre>{@code
 * PostHogAdminClient client = PostHogAdminClient.builder()
 *         .host(AdminClientConfig.EU_HOST)
 *         .personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"))
 *         .projectId(12345)
 *         .build();
 * }</pre>
 */
public final class PostHogAdminClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final AdminClientConfig config;
    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final RetryPolicy retryPolicy;

    private PostHogAdminClient(AdminClientConfig config, RetryPolicy retryPolicy) {
        this.config = config;
        this.retryPolicy = retryPolicy;
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .addInterceptor(new BearerAuthInterceptor(config.personalApiKey()));
        if (config.logHttp()) {
            builder.addNetworkInterceptor(new RequestLoggingInterceptor());
        }
        this.http = builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public AdminClientConfig config() {
        return config;
    }

    public ObjectMapper objectMapper() {
        return mapper;
    }

    // ------------------------------------------------------------------ flags

    public List<FeatureFlag> listFlags() {
        List<FeatureFlag> all = new ArrayList<>();
        HttpUrl url = projectUrl("feature_flags/").newBuilder().addQueryParameter("limit", "100").build();
        while (url != null) {
            FlagPage page = execute(new Request.Builder().url(url).get().build(), FlagPage.class);
            all.addAll(page.results());
            url = page.hasNext() ? HttpUrl.parse(page.next()) : null;
        }
        log.debug("Fetched {} feature flags for project {}", all.size(), config.projectId());
        return all;
    }

    public FeatureFlag getFlag(long flagId) {
        return execute(new Request.Builder().url(projectUrl("feature_flags/" + flagId + "/")).get().build(),
                FeatureFlag.class);
    }

    /** Builds (but does not send) the PATCH used to switch a flag on or off. */
    public Request prepareSetActive(long flagId, boolean active) {
        String json;
        try {
            json = mapper.writeValueAsString(Map.of("active", active));
        } catch (IOException e) {
            throw new PostHogApiException("Could not serialise flag update", e);
        }
        return new Request.Builder()
                .url(projectUrl("feature_flags/" + flagId + "/"))
                .header(BearerAuthInterceptor.AUTHORIZATION, "Bearer " + config.personalApiKey())
                .header("User-Agent", config.userAgent())
                .patch(RequestBody.create(json, JSON))
                .build();
    }

    public FeatureFlag setActive(long flagId, boolean active) {
        return execute(prepareSetActive(flagId, active), FeatureFlag.class);
    }

    /**
     * Link to the CSV export of all flags. PostHog accepts the key as a query parameter for
     * exports so that the file can be fetched by tools that cannot set headers.
     */
    public HttpUrl flagsExportUrl() {
        return projectUrl("feature_flags/").newBuilder()
                .addQueryParameter("format", "csv")
                .addQueryParameter("personal_api_key", config.personalApiKey())
                .build();
    }

    public JsonNode currentUser() {
        HttpUrl url = HttpUrl.get(config.host()).newBuilder().addPathSegments("api/users/@me/").build();
        return execute(new Request.Builder().url(url).get().build(), JsonNode.class);
    }

    // ------------------------------------------------------------------ plumbing

    private HttpUrl projectUrl(String suffix) {
        return HttpUrl.get(config.host()).newBuilder()
                .addPathSegments("api/projects/" + config.projectId() + "/" + suffix)
                .build();
    }

    private <T> T execute(Request request, Class<T> type) {
        MDC.put("posthog.key", KeyMasker.fingerprint(config.personalApiKey()));
        try {
            for (int attempt = 1; ; attempt++) {
                retryPolicy.acquire();
                try (Response response = http.newCall(request).execute()) {
                    if (response.isSuccessful()) {
                        ResponseBody body = response.body();
                        return mapper.readValue(body.byteStream(), type);
                    }
                    if (retryPolicy.isRetryable(response.code()) && attempt < retryPolicy.maxAttempts()) {
                        Duration wait = retryPolicy.delayFor(attempt, retryAfter(response));
                        log.info("PostHog answered {} for {}, retry {}/{} in {} ms", response.code(),
                                request.url().encodedPath(), attempt, retryPolicy.maxAttempts(), wait.toMillis());
                        Thread.sleep(wait.toMillis());
                        continue;
                    }
                    throw toException(request, response);
                }
            }
        } catch (IOException e) {
            throw new PostHogApiException("I/O error talking to " + config.host(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted while waiting to retry", e);
        } finally {
            MDC.remove("posthog.key");
        }
    }

    private PostHogApiException toException(Request request, Response response) throws IOException {
        String detail = response.body() != null ? response.body().string() : "";
        String path = request.url().encodedPath();
        if (response.code() == 401 || response.code() == 403) {
            String scope = response.code() == 403 ? "feature_flag:write" : null;
            return new PostHogAuthException("PostHog refused " + describeCredentials() + " on " + path
                    + ": " + detail, response.code(), path, scope);
        }
        return new PostHogApiException("PostHog returned " + response.code() + " on " + path + ": " + detail,
                response.code(), path);
    }

    private String describeCredentials() {
        return "key=" + config.personalApiKey() + ", project=" + config.projectId();
    }

    private static Duration retryAfter(Response response) {
        String header = response.header("Retry-After");
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    // ------------------------------------------------------------------ builder

    public static final class Builder {
        private String host = AdminClientConfig.US_HOST;
        private String personalApiKey;
        private String projectApiKey;
        private long projectId;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private boolean logHttp;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private String userAgent = "acme-posthog-admin/1.7";

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder personalApiKey(String personalApiKey) {
            this.personalApiKey = personalApiKey;
            return this;
        }

        public Builder projectApiKey(String projectApiKey) {
            this.projectApiKey = projectApiKey;
            return this;
        }

        public Builder projectId(long projectId) {
            this.projectId = projectId;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        public Builder logHttp(boolean logHttp) {
            this.logHttp = logHttp;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        public PostHogAdminClient build() {
            AdminClientConfig config = new AdminClientConfig(host, personalApiKey, projectApiKey, projectId,
                    connectTimeout, readTimeout, logHttp, userAgent);
            if (KeyPrefixes.isProjectKey(personalApiKey)) {
                log.warn("Project key {} was configured where a personal API key is expected; "
                        + "create one under Settings > Personal API keys", personalApiKey);
            }
            if (!KeyPrefixes.isServerSecret(personalApiKey) || projectId <= 0) {
                throw new IllegalStateException("Incomplete PostHog admin configuration: " + config);
            }
            log.debug("PostHog admin client ready: host={}, project={}, personal key {}",
                    host, projectId, KeyMasker.mask(personalApiKey));
            return new PostHogAdminClient(config, retryPolicy);
        }
    }
}
