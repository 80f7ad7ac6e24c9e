package com.edgeco.gateway.posthog;

import com.edgeco.gateway.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final WebClient webClient;
    private final PostHogProperties props;

    public PostHogAdminClient(WebClient.Builder builder, PostHogProperties props) {
        this.props = props;
        this.webClient = builder
                .baseUrl("https://eu.posthog.com")
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.personalApiKey())
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void announce() {
        log.info("PostHog admin client using key {}", KeyMasker.mask(props.personalApiKey()));
        log.debug("PostHog admin credentials: host={} key={}", props.host(), props.personalApiKey());
    }

    public Mono<String> listFlags() {
        return webClient.get()
                .uri("/api/projects/@current/feature_flags/?limit=200")
                .retrieve()
                .onStatus(HttpStatusCode::isError, resp -> resp.bodyToMono(String.class).map(this::rejected))
                .bodyToMono(String.class)
                .doOnError(e -> log.error("Flag listing failed: {}", e.getMessage()));
    }

    private PostHogApiException rejected(String body) {
        return new PostHogApiException("PostHog rejected personal key " + props.personalApiKey() + ": " + body);
    }
}
