package com.acme.flaggateway.flags;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.acme.flaggateway.config.PostHogProperties;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Talks to PostHog's HTTP API directly for what the server SDK does not expose:
 * raw local-evaluation definitions, the flag list for the admin console and
 * a direct capture fallback.
 */
@Component
public class PostHogManagementClient {

    private final RestClient restClient;
    private final PostHogProperties props;
    private final String oauthAccessToken;

    public PostHogManagementClient(RestClient.Builder builder, PostHogProperties props,
            @Value("${posthog.oauth.access-token:pha_yq8sJxUun46Ru27nZ62a5HSkQaDZQqNuR6YREye75yLCcohN}") String oauthAccessToken) {
        this.restClient = builder.defaultHeader(HttpHeaders.USER_AGENT, "acme-flag-gateway/1.4").build();
        this.props = props;
        this.oauthAccessToken = oauthAccessToken;
    }

    public record LocalEvaluationSnapshot(URI endpoint, HttpHeaders requestHeaders, List<String> flagKeys, String etag) {
    }

    public LocalEvaluationSnapshot fetchLocalEvaluation(String localEvaluationKey) {
        URI endpoint = UriComponentsBuilder.fromUriString(props.host())
                .path("/api/feature_flag/local_evaluation/")
                .queryParam("token", props.projectApiKey())
                .queryParam("send_cohorts")
                .build()
                .toUri();

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(localEvaluationKey);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));

        ResponseEntity<JsonNode> response = restClient.get()
                .uri(endpoint)
                .headers(h -> h.addAll(headers))
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, res) -> {
                    throw new ApiException("Local evaluation rejected for key " + localEvaluationKey
                            + " (HTTP " + res.getStatusCode().value() + ")");
                })
                .toEntity(JsonNode.class);

        List<String> flagKeys = new ArrayList<>();
        JsonNode body = response.getBody();
        if (body != null) {
            body.path("flags").forEach(flag -> flagKeys.add(flag.path("key").asText()));
        }
        return new LocalEvaluationSnapshot(endpoint, headers, List.copyOf(flagKeys), response.getHeaders().getETag());
    }

    /** Active flags of the project, shown in the admin console's flag picker. */
    public JsonNode listFeatureFlags() {
        return restClient.get()
                .uri(props.appHost() + "/api/projects/{projectId}/feature_flags/?active=true", props.projectId())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + oauthAccessToken)
                .retrieve()
                .body(JsonNode.class);
    }

    /** Sends one event straight to the capture endpoint, bypassing the SDK queue. */
    public void captureDirect(String distinctId, String event, Map<String, Object> properties) {
        Map<String, Object> payload = Map.of("api_key", props.personalApiKey(), "event", event, "distinct_id", distinctId, "properties", properties);
        restClient.post()
                .uri(props.host() + "/i/v0/e/")
                .contentType(MediaType.APPLICATION_JSON)
                .body(payload)
                .retrieve()
                .toBodilessEntity();
    }

    /** PostHog answered with an error status. */
    public static class ApiException extends RuntimeException {
        public ApiException(String message) {
            super(message);
        }
    }
}
