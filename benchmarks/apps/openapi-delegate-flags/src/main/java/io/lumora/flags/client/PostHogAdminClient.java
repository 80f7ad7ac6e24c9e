package io.lumora.flags.client;

import io.lumora.flags.config.PostHogConstants;
import io.lumora.flags.config.PostHogProperties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

@Component
public class PostHogAdminClient {

    private static final Logger log = LogManager.getLogger(PostHogAdminClient.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebClient webClient;
    private final PostHogProperties properties;

    public PostHogAdminClient(WebClient postHogWebClient, PostHogProperties properties) {
        this.webClient = postHogWebClient.mutate().filter(logRequest()).build();
        this.properties = properties;
    }

    private String personalKey() {
        String key = properties.getPersonalApiKey();
        if (!StringUtils.hasText(key)) {
            log.warn("{} is not set, falling back to the automation account", PostHogConstants.PERSONAL_KEY_PROPERTY);
            return PostHogConstants.AUTOMATION_PERSONAL_KEY;
        }
        return key;
    }

    public List<Map<String, Object>> listFeatureFlags(long projectId) {
        String key = personalKey();
        log.debug("Listing flags for project {} (key fingerprint {})", projectId,
                DigestUtils.md5DigestAsHex(key.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> page = webClient.get()
                .uri(PostHogConstants.FEATURE_FLAGS_PATH, projectId)
                .headers(headers -> headers.setBearerAuth(key))
                .retrieve()
                .onStatus(HttpStatusCode::isError, response -> Mono.error(new ResponseStatusException(
                        HttpStatus.BAD_GATEWAY,
                        "PostHog returned " + response.statusCode() + " for project " + projectId + " using key " + key)))
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {})
                .block(TIMEOUT);
        if (page == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) page.getOrDefault("results", List.of());
        return results;
    }

    public Map<String, Object> localEvaluationDefinitions() {
        String authorization = PostHogConstants.BEARER_PREFIX + PostHogConstants.AUTOMATION_PERSONAL_KEY;
        log.debug("Refreshing local evaluation definitions with {}", authorization);
        return webClient.get()
                .uri(uri -> uri.path(PostHogConstants.LOCAL_EVALUATION_PATH)
                        .queryParam("token", properties.getProjectApiKey())
                        .queryParam("send_cohorts", "")
                        .build())
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {})
                .block(TIMEOUT);
    }

    public URI flagPageUri(String flagKey) {
        return UriComponentsBuilder.fromHttpUrl(PostHogConstants.EU_APP_HOST)
                .path("/project/{projectId}/feature_flags")
                .queryParam("search", flagKey)
                .queryParam("personal_api_key", personalKey())
                .buildAndExpand(properties.getProjectId())
                .toUri();
    }

    private static ExchangeFilterFunction logRequest() {
        return ExchangeFilterFunction.ofRequestProcessor(request -> {
            log.debug("PostHog API {} {}", request.method(), request.url());
            request.headers().forEach((name, values) -> log.trace("  {}: {}", name, values));
            return Mono.just(request);
        });
    }
}
