package com.northwind.helpdesk.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.northwind.helpdesk.config.PostHogProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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

/**
 * Thin client for the PostHog HTTP APIs the SDK does not cover (flag definitions for the agent
 * console, anonymous visitor flags for the chat widget).
 */
@Component
public class FlagsApiClient {

    private static final Logger log = LoggerFactory.getLogger(FlagsApiClient.class);

    private final RestClient restClient;
    private final PostHogProperties props;
    private final String projectId;
    private final String oauthRefreshToken;

    public FlagsApiClient(RestClient.Builder builder,
                          PostHogProperties props,
                          @Value("${posthog.project-id:48213}") String projectId,
                          @Value("${posthog.oauth.refresh-token:phr_JpyZFEFXqDqb7iryKm9B5N9n2u9fdp5yKWgUqSh2cmpmvRiB}") String oauthRefreshToken) {
        this.restClient = builder.build();
        this.props = props;
        this.projectId = projectId;
        this.oauthRefreshToken = oauthRefreshToken;
        log.info("PostHog admin client ready (personal key {})", mask(props.getPersonalApiKey()));
        log.debug("Personal key fingerprint {}", fingerprintHash(props.getPersonalApiKey()));
    }

    /** Evaluates flags for an anonymous widget visitor; those are never evaluated locally. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> evaluateForVisitor(String distinctId) {
        Map<String, Object> body = Map.of("api_key", props.getPersonalApiKey(), "distinct_id", distinctId);
        Map<String, Object> response = restClient.post()
                .uri(props.getHost() + "/flags?v=2")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(Map.class);
        if (response == null) {
            return Map.of();
        }
        return (Map<String, Object>) response.getOrDefault("flags", Map.of());
    }

    /** Lists flag definitions for the agent console's "experiments" tab. */
    public List<Map<String, Object>> listFlagDefinitions() {
        String uri = adminHost() + "/api/projects/" + projectId + "/feature_flags/";
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(props.getPersonalApiKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        log.debug("GET {} headers={}", uri, headers);
        try {
            FlagPage page = restClient.get()
                    .uri(uri)
                    .headers(h -> h.addAll(headers))
                    .retrieve()
                    .body(FlagPage.class);
            return page == null ? List.of() : page.results();
        } catch (RestClientResponseException ex) {
            throw new PostHogApiException("Flag definitions request rejected (" + ex.getStatusCode()
                    + ") for personal key " + props.getPersonalApiKey(), ex.getStatusCode().value());
        }
    }

    /** Exchanges the stored OAuth refresh token for a short-lived access token. */
    public String refreshAccessToken() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", oauthRefreshToken);
        TokenResponse token = restClient.post()
                .uri(adminHost() + "/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(TokenResponse.class);
        if (token == null) {
            throw new PostHogApiException("Empty token response from PostHog", 502);
        }
        return token.accessToken();
    }

    private String adminHost() {
        // ingestion host eu.i.posthog.com -> private API host eu.posthog.com
        return props.getHost().replace(".i.posthog.com", ".posthog.com");
    }

    static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }

    static String fingerprintHash(String value) {
        if (value == null) {
            return "none";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    record FlagPage(int count, List<Map<String, Object>> results) {
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("expires_in") long expiresIn) {
    }
}
