package com.acme.flagmcp.posthog;

import com.acme.flagmcp.config.PostHogProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Thin blocking facade over PostHog's /api/projects/{id}/feature_flags endpoints.
 * MCP tools run on the SYNC server, so blocking here is intentional.
 */
@Component
public class PostHogFlagClient {

    private final WebClient api;
    private final WebClient ingest;
    private final PostHogProperties props;

    public PostHogFlagClient(@Qualifier("postHogWebClient") WebClient api,
                             @Qualifier("postHogIngestClient") WebClient ingest,
                             PostHogProperties props) {
        this.api = api;
        this.ingest = ingest;
        this.props = props;
    }

    public List<FeatureFlag> listFlags(String search, int limit) {
        FeatureFlag.Page page = api.get()
                .uri(uri -> uri.path("/feature_flags/")
                        .queryParam("search", search == null ? "" : search)
                        .queryParam("limit", limit)
                        .build())
                .retrieve()
                .onStatus(HttpStatusCode::isError, this::toApiException)
                .bodyToMono(FeatureFlag.Page.class)
                .block();
        return page == null ? List.of() : page.results();
    }

    public FeatureFlag getFlag(long id) {
        return api.get()
                .uri("/feature_flags/{id}/", id)
                .retrieve()
                .onStatus(HttpStatusCode::isError, this::toApiException)
                .bodyToMono(FeatureFlag.class)
                .block();
    }

    public FeatureFlag createFlag(String key, String name, int rolloutPercentage) {
        Map<String, Object> body = Map.of(
                "key", key,
                "name", name,
                "active", false,
                "filters", Map.of("groups", List.of(Map.of(
                        "properties", List.of(),
                        "rollout_percentage", rolloutPercentage))));
        return api.post()
                .uri("/feature_flags/")
                .bodyValue(body)
                .retrieve()
                .onStatus(HttpStatusCode::isError, this::toApiException)
                .bodyToMono(FeatureFlag.class)
                .block();
    }

    public FeatureFlag setActive(long id, boolean active) {
        return api.patch()
                .uri("/feature_flags/{id}/", id)
                .bodyValue(Map.of("active", active))
                .retrieve()
                .onStatus(HttpStatusCode::isError, this::toApiException)
                .bodyToMono(FeatureFlag.class)
                .block();
    }

    /**
     * Remote evaluation through /flags, for flags that cannot be evaluated locally
     * (cohorts, experience continuity).
     */
    public Map<String, Object> evaluateRemote(String distinctId, Map<String, Object> personProperties) {
        Map<String, Object> body = Map.of(
                "api_key", props.getSecureApiKey(),
                "distinct_id", distinctId,
                "person_properties", personProperties);
        return ingest.post()
                .uri("/flags?v=2")
                .bodyValue(body)
                .retrieve()
                .onStatus(HttpStatusCode::isError, this::toApiException)
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() { })
                .block();
    }

    /** Cheap round trip used by the admin status endpoint. */
    public ConnectionStatus connectionStatus() {
        Map<String, Object> me = api.get()
                .uri(props.getHost() + "/api/users/@me/")
                .retrieve()
                .onStatus(HttpStatusCode::isError, this::toApiException)
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() { })
                .block();
        String email = me == null ? null : (String) me.get("email");
        return new ConnectionStatus(props.getHost(), props.getProjectId(), email,
                props.getPersonalApiKey(), Instant.now());
    }

    private Mono<? extends Throwable> toApiException(ClientResponse response) {
        HttpStatusCode status = response.statusCode();
        if (status.value() == 401 || status.value() == 403) {
            return Mono.just(new PostHogApiException(status,
                    "PostHog refused personal API key " + props.getPersonalApiKey()
                            + " for project " + props.getProjectId() + " (" + status.value() + ")"));
        }
        return response.bodyToMono(String.class)
                .defaultIfEmpty("")
                .map(body -> new PostHogApiException(status, "PostHog API error " + status.value() + ": " + body));
    }

    public record ConnectionStatus(String host, long projectId, String serviceAccount,
                                   String personalApiKey, Instant checkedAt) {
    }
}
