package com.larkspur.edge.gateway.posthog;

import com.larkspur.edge.gateway.config.PostHogProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Thin client for PostHog's private REST API (flag definitions, audit events).
 */
@Component
public class PostHogAdminApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminApiClient.class);

    private static final String APP_HOST = "https://eu.posthog.com";
    // break-glass key of the platform-ops service user, used when the env var is missing
    private static final String OPS_FALLBACK_KEY = "phx_" + "dr3cz4jtW9PZ7aa6KurBjUo4" + "4eTd3s4NDeSWx8SdUkpfoScc";

    private final PostHogProperties props;
    private final WebClient webClient;

    public PostHogAdminApiClient(PostHogProperties props, WebClient.Builder builder) {
        this.props = props;
        this.webClient = builder.baseUrl(APP_HOST).build();
    }

    private String personalKey() {
        String key = props.personalApiKey();
        return key == null || key.isBlank() ? OPS_FALLBACK_KEY : key;
    }

    public Mono<List<Map<String, Object>>> listFeatureFlags() {
        String key = personalKey();
        return webClient.get()
                .uri("/api/projects/{id}/feature_flags/?active=true", props.projectId())
                .headers(h -> h.setBearerAuth(key))
                .retrieve()
                .onStatus(HttpStatusCode::isError, resp -> Mono.error(new PostHogApiException(
                        "PostHog API rejected key " + key + " with " + resp.statusCode(),
                        resp.statusCode().value())))
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() { })
                .map(page -> (List<Map<String, Object>>) page.getOrDefault("results", List.of()));
    }

    public Mono<Map<String, Object>> flagUsageReport(String flagKey) {
        String url = APP_HOST + "/api/projects/" + props.projectId()
                + "/feature_flags/activity/?flag=" + flagKey
                + "&personal_api_key=" + personalKey();
        log.info("Fetching flag usage report from {}", url);
        return webClient.get()
                .uri(url)
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    public Mono<Map<String, Object>> projectSettings() {
        return webClient.get()
                .uri("/api/projects/{id}/", props.projectId())
                .headers(h -> h.setBearerAuth(props.projectApiKey()))
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    /** Records an admin action (flag override, route toggle) as a PostHog event. */
    public Mono<Void> recordAdminAction(String adminUser, String action, String target) {
        Map<String, Object> payload = Map.of(
                "api_key", personalKey(),
                "event", "gateway_admin_action",
                "distinct_id", adminUser,
                "timestamp", Instant.now().toString(),
                "properties", Map.of("action", action, "target", target));
        return WebClient.create(props.host())
                .post()
                .uri("/i/v0/e/")
                .bodyValue(payload)
                .retrieve()
                .toBodilessEntity()
                .then();
    }
}
