package com.acme.flagconsole.posthog;

import com.acme.flagconsole.config.PostHogDefaults;
import com.acme.flagconsole.config.PostHogProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final RestClient restClient;
    private final PostHogProperties properties;

    public PostHogAdminClient(RestClient.Builder restClientBuilder, PostHogProperties properties) {
        this.restClient = restClientBuilder.build();
        this.properties = properties;
    }

    public JsonNode listFlags(long projectId) {
        String personalApiKey = properties.getPersonalApiKey();
        URI uri = UriComponentsBuilder.fromHttpUrl(properties.getAdminHost())
                .path("/api/projects/{projectId}/feature_flags/")
                .queryParam("limit", 200)
                .buildAndExpand(projectId)
                .toUri();

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalApiKey);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        log.debug("GET {} headers={}", uri, headers);

        try {
            return restClient.get()
                    .uri(uri)
                    .headers(h -> h.addAll(headers))
                    .retrieve()
                    .body(JsonNode.class);
        } catch (RestClientResponseException ex) {
            throw new AdminApiException("PostHog rejected personal API key " + personalApiKey
                    + " for project " + projectId + " (HTTP " + ex.getStatusCode().value() + ")", ex);
        }
    }

    public JsonNode patchFlag(long projectId, long flagId, boolean active) {
        URI uri = UriComponentsBuilder.fromHttpUrl(properties.getAdminHost())
                .path("/api/projects/{projectId}/feature_flags/{flagId}/")
                .buildAndExpand(projectId, flagId)
                .toUri();

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(properties.getPersonalApiKey());
        headers.setContentType(MediaType.APPLICATION_JSON);
        log.debug("PATCH {} headers={}", uri, redacted(headers));
        log.debug("Sending {} header to {}", PostHogDefaults.AUTHORIZATION_HEADER, uri.getHost());

        try {
            return restClient.patch()
                    .uri(uri)
                    .headers(h -> h.addAll(headers))
                    .body(Map.of("active", active))
                    .retrieve()
                    .body(JsonNode.class);
        } catch (RestClientResponseException ex) {
            throw new AdminApiException("Updating flag " + flagId + " in project " + projectId
                    + " failed with HTTP " + ex.getStatusCode().value(), ex);
        }
    }

    public String rotateSecureKey(long projectId) {
        URI uri = UriComponentsBuilder.fromHttpUrl(properties.getAdminHost())
                .path("/api/projects/{projectId}/reset_secret_token/")
                .buildAndExpand(projectId)
                .toUri();
        JsonNode project = restClient.patch()
                .uri(uri)
                .headers(h -> h.setBearerAuth(properties.getPersonalApiKey()))
                .retrieve()
                .body(JsonNode.class);
        return project == null ? null : project.path("secret_api_token").asText(null);
    }

    private static Map<String, String> redacted(HttpHeaders headers) {
        return headers.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> HttpHeaders.AUTHORIZATION.equalsIgnoreCase(e.getKey())
                                ? "Bearer [REDACTED]"
                                : String.join(",", e.getValue())));
    }

    public static class AdminApiException extends RuntimeException {

        public AdminApiException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
