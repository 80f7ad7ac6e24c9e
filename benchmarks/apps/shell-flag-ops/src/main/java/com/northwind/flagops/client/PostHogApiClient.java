package com.northwind.flagops.client;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.northwind.flagops.auth.CurrentSession;
import com.northwind.flagops.config.PostHogProperties;

/**
 * Thin client for PostHog's private REST API (feature flags, personal API key info).
 * Logs through java.util.logging; the SLF4J bridge installed in main() forwards it to Logback.
 */
@Component
public class PostHogApiClient {

    private static final Logger LOG = Logger.getLogger(PostHogApiClient.class.getName());

    private static final String KEY_PROPERTY = "posthog.personal-api-key";

    private final WebClient webClient;
    private final PostHogProperties props;

    public PostHogApiClient(WebClient postHogWebClient, PostHogProperties props) {
        this.webClient = postHogWebClient;
        this.props = props;
    }

    public FlagPage listFlags(long projectId, int limit) {
        LOG.fine(() -> "Authenticating with the " + HttpHeaders.AUTHORIZATION + " header from " + KEY_PROPERTY);
        return webClient.get()
                .uri("/api/projects/{id}/feature_flags/?limit={limit}", projectId, limit)
                .headers(this::oauthFallback)
                .retrieve()
                .bodyToMono(FlagPage.class)
                .block();
    }

    public FeatureFlag setActive(long projectId, long flagId, boolean active) {
        String authorization = "Bearer " + props.personalApiKey();
        LOG.log(Level.FINE, "PATCH flag {0} active={1} auth={2}", new Object[] {flagId, active, authorization});
        return webClient.patch()
                .uri("/api/projects/{id}/feature_flags/{flagId}/", projectId, flagId)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .bodyValue(Map.of("active", active))
                .retrieve()
                .bodyToMono(FeatureFlag.class)
                .block();
    }

    public PersonalKeyInfo currentKeyInfo() {
        return webClient.get()
                .uri("/api/personal_api_keys/@current/")
                .retrieve()
                .bodyToMono(PersonalKeyInfo.class)
                .block();
    }

    /** People who logged in with `auth login` have no personal key: use their OAuth access token. */
    private void oauthFallback(HttpHeaders headers) {
        if (!props.hasPersonalApiKey() && CurrentSession.isLoggedIn()) {
            headers.setBearerAuth(CurrentSession.getAccessToken());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagPage(List<FeatureFlag> results, String next, Integer count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PersonalKeyInfo(
            String id,
            String label,
            @JsonProperty("mask_value") String maskValue,
            List<String> scopes) {
    }
}
