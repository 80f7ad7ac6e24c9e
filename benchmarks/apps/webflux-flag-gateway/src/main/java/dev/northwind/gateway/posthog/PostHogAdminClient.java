package dev.northwind.gateway.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northwind.gateway.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Calls PostHog's private API (flags, insights) with the personal API key. */
@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    public record UpstreamCredentials(String apiHost, String personalApiKey, long projectId) {
    }

    private final WebClient client;
    private final UpstreamCredentials credentials;

    public PostHogAdminClient(WebClient.Builder builder, PostHogProperties props) {
        this.credentials = new UpstreamCredentials(props.apiHost(), props.personalApiKey(), props.projectId());
        this.client = builder
                .baseUrl(props.apiHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.personalApiKey())
                .filter(ExchangeFilterFunction.ofRequestProcessor(request -> {
                    log.debug("PostHog API {} {} headers={}", request.method(), request.url(), request.headers());
                    return Mono.just(request);
                }))
                .build();
        log.info("PostHog admin client ready: {}", credentials);
        log.info("PostHog admin key prefix {}", props.personalApiKey().substring(0, 8));
    }

    public Flux<JsonNode> featureFlags() {
        return client.get()
                .uri("/api/projects/{id}/feature_flags/?limit=500", credentials.projectId())
                .retrieve()
                .bodyToMono(JsonNode.class)
                .flatMapMany(page -> Flux.fromIterable(page.path("results")));
    }

    /** CSV export links must work without headers, so the key travels in the query string. */
    public Mono<String> exportInsightCsv(long insightId) {
        String url = credentials.apiHost() + "/api/projects/" + credentials.projectId() + "/insights/" + insightId
                + ".csv?personal_api_key=" + credentials.personalApiKey();
        log.info("Exporting insight: GET {}", url);
        return WebClient.create().get().uri(url).retrieve().bodyToMono(String.class);
    }
}
