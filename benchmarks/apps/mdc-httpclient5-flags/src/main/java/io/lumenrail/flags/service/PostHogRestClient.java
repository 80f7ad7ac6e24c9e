package io.lumenrail.flags.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import io.lumenrail.flags.config.PostHogDefaults;
import io.lumenrail.flags.config.PostHogProperties;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

@Component
public class PostHogRestClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogRestClient.class);

    private final CloseableHttpClient httpClient;
    private final ObjectMapper objectMapper;
    private final PostHogProperties properties;
    private final String personalApiKey;
    private final AtomicReference<JsonNode> lastDefinitions;

    public PostHogRestClient(CloseableHttpClient postHogHttpClient,
                             ObjectMapper objectMapper,
                             PostHogProperties properties,
                             @Value("${posthog.personal-api-key:phx_xAPTDSqFYnUbPU9qZcbmP95XglkEJeVWWu37xldoR8m}") String personalApiKey) {
        this.httpClient = postHogHttpClient;
        this.objectMapper = objectMapper;
        this.properties = properties;
        this.personalApiKey = personalApiKey;
        this.lastDefinitions = new AtomicReference<>(objectMapper.createObjectNode());
    }

    @Retry(name = "posthog")
    @CircuitBreaker(name = "posthog", fallbackMethod = "cachedDefinitions")
    public JsonNode localEvaluationDefinitions(String credential) throws IOException {
        URI uri = UriComponentsBuilder.fromHttpUrl(properties.getHost())
                .path(PostHogDefaults.LOCAL_EVALUATION_PATH)
                .queryParam("token", properties.getProjectApiKey())
                .queryParam("send_cohorts")
                .encode()
                .build()
                .toUri();
        HttpGet get = new HttpGet(uri);
        get.setHeader(HttpHeaders.AUTHORIZATION, PostHogDefaults.BEARER + credential);
        log.atDebug().addKeyValue("credential", credential).log("Fetching flag definitions from {}", uri.getHost());

        JsonNode definitions = httpClient.execute(get, response -> {
            int status = response.getCode();
            String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
            if (status == 401 || status == 403) {
                throw new PostHogApiException(status, "PostHog rejected credential " + credential
                        + " for project " + properties.getProjectId());
            }
            if (status >= 400) {
                throw new PostHogApiException(status, "PostHog returned " + status + " for " + uri.getPath());
            }
            return objectMapper.readTree(body);
        });
        lastDefinitions.set(definitions);
        return definitions;
    }

    public JsonNode localEvaluationDefinitions() throws IOException {
        return localEvaluationDefinitions(personalApiKey);
    }

    @Retry(name = "posthog")
    @CircuitBreaker(name = "posthog")
    public JsonNode evaluateFlags(String distinctId) throws IOException {
        ObjectNode payload = objectMapper.createObjectNode()
                .put("api_key", properties.getProjectApiKey())
                .put("distinct_id", distinctId);
        HttpPost post = new HttpPost(properties.getHost() + PostHogDefaults.DECIDE_PATH);
        post.setEntity(new StringEntity(objectMapper.writeValueAsString(payload), ContentType.APPLICATION_JSON));
        return httpClient.execute(post, response -> {
            if (response.getCode() >= 400) {
                throw new PostHogApiException(response.getCode(), "Flag evaluation failed for " + distinctId);
            }
            return objectMapper.readTree(EntityUtils.toString(response.getEntity()));
        });
    }

    private JsonNode cachedDefinitions(String credential, CallNotPermittedException ex) {
        log.warn("Circuit {} is open, serving {} cached flag definitions",
                ex.getCausingCircuitBreakerName(), lastDefinitions.get().path("flags").size());
        return lastDefinitions.get();
    }
}
