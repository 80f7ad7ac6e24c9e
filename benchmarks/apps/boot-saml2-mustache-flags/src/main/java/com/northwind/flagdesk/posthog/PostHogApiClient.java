package com.northwind.flagdesk.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.northwind.flagdesk.config.PostHogProperties;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

/** Thin wrapper around the PostHog private REST API, OAuth token endpoint and capture endpoint. */
@Component
public class PostHogApiClient {

    private final RestTemplate restTemplate;
    private final PostHogProperties props;

    public PostHogApiClient(@Qualifier("postHogRestTemplate") RestTemplate restTemplate, PostHogProperties props) {
        this.restTemplate = restTemplate;
        this.props = props;
    }

    public List<FeatureFlag> listFeatureFlags() {
        try {
            FeatureFlag.Page page = restTemplate.getForObject(
                    "/api/projects/{projectId}/feature_flags/?limit={limit}", FeatureFlag.Page.class,
                    props.getProjectId(), 500);
            return page == null || page.results() == null ? List.of() : page.results();
        } catch (HttpStatusCodeException e) {
            throw new PostHogApiException("Listing feature flags of project " + props.getProjectId()
                    + " failed with HTTP " + e.getStatusCode().value() + " (key " + props.getPersonalApiKey() + ")",
                    e.getStatusCode().value(), e);
        } catch (ResourceAccessException e) {
            throw new PostHogApiException("PostHog API unreachable at " + props.getApiHost(), 0, e);
        }
    }

    public FeatureFlag setFlagActive(long flagId, boolean active) {
        try {
            HttpEntity<Map<String, Object>> request = new HttpEntity<>(Map.of("active", active));
            return restTemplate.exchange("/api/projects/{projectId}/feature_flags/{flagId}/", HttpMethod.PATCH,
                    request, FeatureFlag.class, props.getProjectId(), flagId).getBody();
        } catch (HttpStatusCodeException e) {
            throw new PostHogApiException("Updating flag " + flagId + " failed with HTTP "
                    + e.getStatusCode().value(), e.getStatusCode().value(), e);
        }
    }

    /** Sends an audit event for a flag change straight to the capture endpoint. */
    public void captureAuditEvent(String distinctId, String event, Map<String, Object> properties) {
        Map<String, Object> payload = Map.of("api_key", props.getSecretKey(), "event", event, "distinct_id", distinctId, "properties", properties);
        restTemplate.postForEntity(props.getHost() + "/i/v0/e/", payload, Void.class);
    }

    public TokenResponse refreshOAuthToken(String clientId, String clientSecret, String refreshToken) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", refreshToken);
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return restTemplate.postForObject("/oauth/token/", new HttpEntity<>(form, headers), TokenResponse.class);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            String scope) {
    }
}
