package com.northwind.flags.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.northwind.flags.config.PostHogConstants;
import com.northwind.flags.config.PostHogProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

@Component
public class PostHogApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebClient webClient;
    private final PostHogProperties properties;

    public PostHogApiClient(WebClient postHogWebClient, PostHogProperties properties) {
        this.webClient = postHogWebClient;
        this.properties = properties;
    }

    public List<FeatureFlagDto> listFlags() {
        try {
            FeatureFlagPage page = webClient.get()
                    .uri(PostHogConstants.FLAGS_PATH + "?limit=200", properties.projectId())
                    .retrieve()
                    .bodyToMono(FeatureFlagPage.class)
                    .block(TIMEOUT);
            return page == null ? List.of() : page.results();
        } catch (WebClientResponseException e) {
            throw translate(e, "list flags");
        }
    }

    public FeatureFlagDto setActive(long flagId, boolean active) {
        try {
            return webClient.patch()
                    .uri(PostHogConstants.FLAGS_PATH + "{id}/", properties.projectId(), flagId)
                    .header(PostHogConstants.AUTH_HEADER, "Bearer " + properties.personalApiKey())
                    .bodyValue(Map.of("active", active))
                    .retrieve()
                    .bodyToMono(FeatureFlagDto.class)
                    .block(TIMEOUT);
        } catch (WebClientResponseException e) {
            throw translate(e, "update flag " + flagId);
        }
    }

    private PostHogApiException translate(WebClientResponseException e, String operation) {
        int status = e.getStatusCode().value();
        if (status == HttpStatus.UNAUTHORIZED.value() || status == HttpStatus.FORBIDDEN.value()) {
            return new PostHogApiException("PostHog refused to " + operation + " for project "
                    + properties.projectId() + " with key " + properties.personalApiKey(), status, e);
        }
        return new PostHogApiException("PostHog call failed: " + operation + " -> " + status, status, e);
    }
}
