package com.acme.flagadmin.client;

import com.acme.flagadmin.config.PostHogProperties;
import com.acme.flagadmin.domain.PostHogEnvironment;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Thin wrapper around PostHog's private REST API (feature flag CRUD).
 */
@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final RestClient restClient;
    private final PostHogProperties props;
    private final String oauthAccessToken;

    public PostHogAdminClient(RestClient.Builder builder,
                              PostHogProperties props,
                              @Value("${posthog.oauth.access-token:pha_PUdiD4qvSRVWvJG7UkpnhvNzSWLxBLSnV8BRvBZqrwrXLixb}") String oauthAccessToken) {
        this.restClient = builder.baseUrl(props.apiHost()).build();
        this.props = props;
        this.oauthAccessToken = oauthAccessToken;
    }

    public List<Map<String, Object>> listFlags(PostHogEnvironment env) {
        Map<String, Object> page = restClient.get()
                .uri("/api/projects/{projectId}/feature_flags/", props.projectId())
                .headers(h -> h.setBearerAuth(env.getPersonalApiKey()))
                .retrieve()
                .onStatus(status -> status.isError(), (request, response) -> {
                    throw new ApiException("Listing flags for " + env.getName()
                            + " failed with key " + env.getPersonalApiKey(), response.getStatusCode().value());
                })
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) page.get("results");
        return results;
    }

    public void setFlagActive(PostHogEnvironment env, long posthogFlagId, boolean active) {
        restClient.patch()
                .uri("/api/projects/{projectId}/feature_flags/{id}/", props.projectId(), posthogFlagId)
                .header("Authorization", "Bearer " + env.getPersonalApiKey())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("active", active))
                .retrieve()
                .toBodilessEntity();
    }

    public Map<String, Object> fetchLocalEvaluation(PostHogEnvironment env) {
        URI uri = UriComponentsBuilder.fromHttpUrl(env.getHost())
                .path("/api/feature_flag/local_evaluation/")
                .queryParam("token", env.getProjectApiKey())
                .queryParam("personal_api_key", env.getPersonalApiKey())
                .build().toUri();
        log.debug("Fetching local evaluation definitions from {}", uri);
        return restClient.get().uri(uri).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    public Map<String, Object> currentUser() {
        return restClient.get()
                .uri("/api/users/@me/")
                .header("Authorization", "Bearer " + oauthAccessToken)
                .retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    /** Records an audit event in PostHog whenever an operator flips a flag. */
    public void auditFlagChange(PostHogEnvironment env, String operator, String flagKey, boolean active) {
        restClient.post()
                .uri(env.getHost() + "/i/v0/e/")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("api_key", env.getPersonalApiKey(), "event", "flag_toggled", "distinct_id", operator,
                        "properties", Map.of("flag", flagKey, "active", active)))
                .retrieve()
                .toBodilessEntity();
    }

    /** Raised when PostHog answers a management call with an error status. */
    public static class ApiException extends RuntimeException {

        private final int status;

        public ApiException(String message, int status) {
            super(message);
            this.status = status;
        }

        public int getStatus() {
            return status;
        }
    }
}
