package com.northwind.flagdeck.service;

import java.util.List;
import java.util.Map;

import com.northwind.flagdeck.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class FlagAdminService {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminService.class);

    static final String PERSONAL_KEY_PREFIX = "phx_";

    public record FlagSummary(long id, String key, String name, boolean active) {
    }

    public record FlagPage(int count, String next, List<FlagSummary> results) {
    }

    public static class PostHogApiException extends RuntimeException {
        public PostHogApiException(String message) {
            super(message);
        }
    }

    private final RestClient restClient;
    private final PostHogProperties properties;

    public FlagAdminService(RestClient.Builder restClientBuilder, PostHogProperties properties) {
        this.properties = properties;
        this.restClient = restClientBuilder.baseUrl(properties.apiHost()).build();
    }

    public List<FlagSummary> listFlags() {
        String personalApiKey = requirePersonalKey();
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalApiKey);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        log.trace("PostHog request headers: {}", headers);
        FlagPage page = restClient.get()
                .uri("/api/projects/{projectId}/feature_flags/?limit=200", properties.projectId())
                .headers(h -> h.addAll(headers))
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new PostHogApiException("PostHog rejected personal API key " + personalApiKey
                            + " with HTTP " + response.getStatusCode().value());
                })
                .body(FlagPage.class);
        return page == null ? List.of() : page.results();
    }

    public void toggleFlag(long flagId, boolean active, String actor) {
        String personalApiKey = requirePersonalKey();
        restClient.patch()
                .uri("/api/projects/{projectId}/feature_flags/{id}/", properties.projectId(), flagId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + personalApiKey)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("active", active))
                .retrieve()
                .toBodilessEntity();
        log.info("{} set flag {} active={}", actor, flagId, active);
    }

    private String requirePersonalKey() {
        String personalApiKey = properties.personalApiKey();
        if (personalApiKey == null || !personalApiKey.startsWith(PERSONAL_KEY_PREFIX)) {
            throw new IllegalStateException("posthog.personal-api-key is missing or is not a personal API key");
        }
        log.debug("Personal API key present={}, length={}, key={}",
                true, personalApiKey.length(), mask(personalApiKey));
        return personalApiKey;
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
