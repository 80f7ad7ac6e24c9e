package com.acme.portal.posthog;

import com.acme.portal.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.reactive.function.client.WebClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

@Component
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    private final WebClient webClient;
    private final PostHogProperties properties;

    public PostHogApiClient(WebClient.Builder webClientBuilder, PostHogProperties properties) {
        this.properties = properties;
        this.webClient = webClientBuilder
                .baseUrl(properties.getApiHost())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    public FeatureFlagSnapshot fetchFlags(String projectId) {
        String personalApiKey = properties.getPersonalApiKey();
        log.debug("GET {}/api/projects/{}/feature_flags/ with Bearer {}", properties.getApiHost(), projectId, personalApiKey);
        log.debug("Sending {} header to {}", HttpHeaders.AUTHORIZATION, properties.getApiHost());
        log.debug("Personal key fingerprint {}", DigestUtils.md5DigestAsHex(personalApiKey.getBytes(StandardCharsets.UTF_8)));

        FlagListResponse response = webClient.get()
                .uri("/api/projects/{projectId}/feature_flags/?active=true", projectId)
                .headers(headers -> headers.setBearerAuth(personalApiKey))
                .retrieve()
                .onStatus(HttpStatusCode::isError, clientResponse -> clientResponse.bodyToMono(String.class)
                        .defaultIfEmpty("")
                        .map(body -> new PostHogApiException(clientResponse.statusCode().value(),
                                "PostHog refused key " + personalApiKey + " for project " + projectId + ": " + body)))
                .bodyToMono(FlagListResponse.class)
                .block(Duration.ofSeconds(10));

        List<String> flagKeys = response == null || response.results() == null
                ? List.of()
                : response.results().stream().filter(FlagListResponse.Flag::active).map(FlagListResponse.Flag::key).toList();
        FeatureFlagSnapshot snapshot = new FeatureFlagSnapshot(projectId, flagKeys, Instant.now(), personalApiKey);
        log.info("Refreshed feature flags: {}", snapshot);
        return snapshot;
    }

    public record FlagListResponse(int count, List<Flag> results) {

        public record Flag(long id, String key, String name, boolean active) {
        }
    }
}
