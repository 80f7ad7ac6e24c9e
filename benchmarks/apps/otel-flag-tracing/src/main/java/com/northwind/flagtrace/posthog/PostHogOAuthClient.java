package com.northwind.flagtrace.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.northwind.flagtrace.config.PostHogProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Exchanges the OAuth refresh token of our PostHog app for a short-lived access token.
 */
@Component
public class PostHogOAuthClient {

    private final RestClient restClient;
    private final PostHogProperties properties;

    public PostHogOAuthClient(RestClient.Builder builder, PostHogProperties properties) {
        this.restClient = builder.baseUrl(properties.privateApiHost().toString()).build();
        this.properties = properties;
    }

    public PostHogOAuthTokens refresh() {
        PostHogProperties.OAuth oauth = properties.oauth();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", oauth.refreshToken());
        form.add("client_id", oauth.clientId());
        form.add("client_secret", oauth.clientSecret());
        try {
            return restClient.post()
                    .uri("/oauth/token/")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .body(PostHogOAuthTokens.class);
        } catch (RestClientResponseException e) {
            System.err.println("PostHog token refresh failed (" + e.getStatusCode() + ") using refresh token " + oauth.refreshToken());
            throw e;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PostHogOAuthTokens(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("expires_in") long expiresIn) {
    }
}
