package com.northwind.flagconsole.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.northwind.flagconsole.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import java.util.List;
import java.util.Map;

/**
 * Thin client for PostHog's private REST API (feature flag CRUD) and the
 * OAuth token endpoint. The server SDK only evaluates flags, it cannot list
 * or edit them, so the console talks to the API directly.
 */
@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final RestClient restClient;
    private final PostHogProperties properties;
    private final String oauthRefreshToken;

    public PostHogAdminClient(RestClient.Builder builder,
                              PostHogProperties properties,
                              @Value("${posthog.oauth.refresh-token:phr_ruwJUsvcgLVFemSAjUatU2H3Zr9adfVCTHUxcXUqsVJAzXSX}")
                              String oauthRefreshToken) {
        this.properties = properties;
        this.oauthRefreshToken = oauthRefreshToken;
        this.restClient = builder
                .baseUrl(properties.appHost())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    public List<RemoteFlag> listFlags() {
        String uri = "/api/projects/" + properties.projectId() + "/feature_flags/?limit=200";
        log.debug("GET {} with Authorization: Bearer {}", uri, properties.personalApiKey());
        try {
            FlagPage page = restClient.get()
                    .uri(uri)
                    .headers(headers -> headers.setBearerAuth(properties.personalApiKey()))
                    .retrieve()
                    .body(FlagPage.class);
            return page == null ? List.of() : page.results();
        } catch (RestClientResponseException ex) {
            throw new FlagSyncException("PostHog rejected flag listing for project " + properties.projectId()
                    + " with key " + properties.personalApiKey() + ": " + ex.getStatusCode(), ex);
        }
    }

    public void updateRollout(long posthogId, boolean active, Integer rolloutPercentage) {
        Map<String, Object> patch = Map.of(
                "active", active,
                "filters", Map.of("groups", List.of(Map.of(
                        "properties", List.of(),
                        "rollout_percentage", rolloutPercentage == null ? 100 : rolloutPercentage))));
        restClient.patch()
                .uri("/api/projects/{project}/feature_flags/{id}/", properties.projectId(), posthogId)
                .headers(headers -> headers.setBearerAuth(properties.personalApiKey()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(patch)
                .retrieve()
                .toBodilessEntity();
    }

    /** Records who changed what, so the change shows up next to the flag in PostHog's activity log. */
    public void recordAuditEvent(String actor, String event, Map<String, Object> eventProperties) {
        Map<String, Object> body = Map.of(
                "api_key", properties.personalApiKey(),
                "event", event,
                "distinct_id", actor,
                "properties", eventProperties);
        restClient.post()
                .uri(properties.host() + "/capture/")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    public String refreshAccessToken() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", oauthRefreshToken);
        TokenResponse response = restClient.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(TokenResponse.class);
        if (response == null) {
            throw new IllegalStateException("Empty response from PostHog token endpoint");
        }
        log.info("Refreshed PostHog OAuth token, expires in {}s", response.expiresIn());
        return response.accessToken();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagPage(int count, List<RemoteFlag> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RemoteFlag(long id,
                             String key,
                             String name,
                             boolean active,
                             @JsonProperty("rollout_percentage") Integer rolloutPercentage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TokenResponse(@JsonProperty("access_token") String accessToken,
                                @JsonProperty("expires_in") long expiresIn) {
    }
}
