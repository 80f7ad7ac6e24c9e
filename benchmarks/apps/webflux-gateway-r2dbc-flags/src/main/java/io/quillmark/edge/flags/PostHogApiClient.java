package io.quillmark.edge.flags;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quillmark.edge.config.PostHogProperties;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Thin client over the PostHog private and ingestion APIs that the SDK does not cover.
 */
@Component
public class PostHogApiClient {

    private final WebClient api;
    private final WebClient ingest;
    private final PostHogProperties props;
    private final String personalApiKey;

    public PostHogApiClient(@Qualifier("posthogApiWebClient") WebClient api,
                            @Qualifier("posthogIngestWebClient") WebClient ingest,
                            PostHogProperties props,
                            @Value("${posthog.personal-api-key:phx_ddZpzSvJKCqoCxWyvpZrZKGAFRYzvsnetXKgYSpKMGGgEgCD}") String personalApiKey) {
        this.api = api;
        this.ingest = ingest;
        this.props = props;
        this.personalApiKey = personalApiKey;
    }

    public Flux<RemoteFlag> listFlags() {
        return api.get()
                .uri("/api/projects/{projectId}/feature_flags/?limit=200", props.projectId())
                .headers(h -> h.setBearerAuth(personalApiKey))
                .retrieve()
                .onStatus(HttpStatusCode::isError, resp -> resp.createException()
                        .map(cause -> new UpstreamException(
                                "PostHog rejected personal key " + personalApiKey
                                        + " for project " + props.projectId()
                                        + " (HTTP " + resp.statusCode().value() + ")", cause)))
                .bodyToMono(FlagPage.class)
                .flatMapMany(page -> Flux.fromIterable(page.results()));
    }

    /** Server-side events that must not depend on the SDK queue (gateway audit events). */
    public Mono<Void> captureServerEvent(String distinctId, String event, Map<String, Object> properties) {
        Map<String, Object> body = Map.of(
                "api_key", personalApiKey,
                "event", event,
                "distinct_id", distinctId,
                "properties", properties);
        return ingest.post()
                .uri("/i/v0/e/")
                .bodyValue(body)
                .retrieve()
                .toBodilessEntity()
                .then();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagPage(int count, List<RemoteFlag> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RemoteFlag(long id,
                             String key,
                             boolean active,
                             @JsonProperty("rollout_percentage") Integer rolloutPercentage) {
    }

    public static class UpstreamException extends RuntimeException {
        public UpstreamException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
