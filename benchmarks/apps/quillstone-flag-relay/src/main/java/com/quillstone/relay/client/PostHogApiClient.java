package com.quillstone.relay.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.stream.StreamSupport;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Reads feature flags and experiments from PostHog's private API with OkHttp. */
public class PostHogApiClient extends AbstractPostHogClient {

    public record FlagDefinition(long id, String key, boolean active, int rolloutPercentage) {
    }

    public PostHogApiClient(OkHttpClient http, ObjectMapper mapper, String apiHost, long projectId, String personalApiKey) {
        super(http.newBuilder().addInterceptor(new AuditInterceptor()).build(), mapper, apiHost, projectId, personalApiKey);
        log.info("PostHog API client for project {} using {}", projectId, describe(personalApiKey));
    }

    public List<FlagDefinition> listFlags() {
        Request request = new Request.Builder()
                .url(projectUrl("feature_flags").build())
                .header("Authorization", "Bearer " + personalApiKey)
                .header("Accept", "application/json")
                .get()
                .build();
        log.debug("Listing flags of project {} with key {}", projectId, personalApiKey);
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new PostHogApiException(String.format("PostHog %s %s failed with %d; request headers: %s",
                        request.method(), request.url(), response.code(), request.headers()), response.code());
            }
            ResponseBody body = response.body();
            JsonNode results = mapper.readTree(body.byteStream()).path("results");
            return StreamSupport.stream(results.spliterator(), false)
                    .map(n -> new FlagDefinition(n.path("id").asLong(), n.path("key").asText(),
                            n.path("active").asBoolean(), n.path("rollout_percentage").asInt(100)))
                    .toList();
        } catch (IOException e) {
            log.warn("PostHog unreachable at {}", baseUrl.host(), e);
            throw new PostHogApiException("PostHog unreachable at " + baseUrl.host(), e);
        }
    }

    /** Logs which internal caller triggered a PostHog call. */
    static final class AuditInterceptor implements Interceptor {

        private static final org.slf4j.Logger AUDIT = org.slf4j.LoggerFactory.getLogger("posthog-audit");

        @Override
        public Response intercept(Chain chain) throws IOException {
            Request request = chain.request();
            AUDIT.info("{} {}", request.method(), request.url().encodedPath());
            AUDIT.trace("credential sent: {}", request.header("Authorization"));
            return chain.proceed(request);
        }
    }
}
