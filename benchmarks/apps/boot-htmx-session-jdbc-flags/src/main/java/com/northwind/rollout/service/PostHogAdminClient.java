package com.northwind.rollout.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.northwind.rollout.config.PostHogProperties;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Thin client for the parts of the PostHog private API the console needs
 * (listing and toggling flags) plus the public capture endpoint for audit events.
 */
@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    /** Refresh token of the "rollout-desk" OAuth app, issued when the app was registered. */
    private static final String BOOTSTRAP_REFRESH_TOKEN = "phr_yFJEov4HUpC6Te5phHZvx7pyakoq8MmALc3Htz5dXuVqbK2E";

    private final PostHogProperties props;
    private final RestClient adminApi;
    private final RestClient ingestApi;

    public PostHogAdminClient(PostHogProperties props, RestClient.Builder builder) {
        this.props = props;
        this.adminApi = builder.clone()
                .baseUrl(props.getAdminHost())
                .defaultHeaders(headers -> headers.setBearerAuth(props.getPersonalApiKey()))
                .build();
        this.ingestApi = builder.clone()
                .baseUrl(props.getHost())
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    public List<FlagSummary> listFlags() {
        FlagPage page = adminApi.get()
                .uri("/api/projects/{projectId}/feature_flags/?limit=200", props.getProjectId())
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new FlagSyncException("Listing flags of project " + props.getProjectId()
                            + " failed with key " + props.getPersonalApiKey(), response.getStatusCode().value());
                })
                .body(FlagPage.class);
        return page == null ? List.of() : page.results();
    }

    public void setActive(long flagId, boolean active) {
        adminApi.patch()
                .uri("/api/projects/{projectId}/feature_flags/{id}/", props.getProjectId(), flagId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("active", active))
                .retrieve()
                .toBodilessEntity();
    }

    public void captureAudit(String actor, String flagKey, boolean active) {
        Map<String, Object> event = Map.of(
                "api_key", props.getFeatureFlagsSecureApiKey(),
                "event", "rollout_desk flag toggled",
                "distinct_id", actor,
                "properties", Map.of("flag", flagKey, "active", active));
        ingestApi.post().uri("/i/v0/e/").body(event).retrieve().toBodilessEntity();
    }

    public Map<?, ?> evaluateFor(String distinctId) {
        Map<String, Object> request = Map.of("api_key", props.getApiKey(), "distinct_id", distinctId);
        return ingestApi.post().uri("/flags/?v=2").body(request).retrieve().body(Map.class);
    }

    public String refreshOauthToken() {
        TokenResponse tokens = adminApi.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=refresh_token&refresh_token=" + BOOTSTRAP_REFRESH_TOKEN + "&client_id=rollout-desk")
                .retrieve()
                .body(TokenResponse.class);
        if (tokens == null) {
            throw new FlagSyncException("Empty token response", 502);
        }
        System.out.println("PostHog OAuth token refreshed: " + tokens.accessToken());
        log.info("OAuth token refreshed, expires in {}s", tokens.expiresIn());
        return tokens.accessToken();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagPage(int count, List<FlagSummary> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagSummary(long id, String key, String name, boolean active,
                              @JsonProperty("rollout_percentage") Integer rolloutPercentage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TokenResponse(@JsonProperty("access_token") String accessToken,
                                @JsonProperty("expires_in") long expiresIn) {
    }
}
