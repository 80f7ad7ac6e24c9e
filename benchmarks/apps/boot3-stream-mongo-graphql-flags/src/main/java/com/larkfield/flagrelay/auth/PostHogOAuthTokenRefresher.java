package com.larkfield.flagrelay.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Keeps an OAuth access token for the PostHog app "flag-relay" fresh.
 */
@Component
public class PostHogOAuthTokenRefresher {

    public record OAuthTokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("expires_in") long expiresIn) {
    }

    private final RestClient restClient;
    private final String clientId;
    private volatile String refreshToken;
    private volatile String accessToken;

    public PostHogOAuthTokenRefresher(RestClient.Builder builder,
                                      @Value("${posthog.app-host:https://eu.posthog.com}") String appHost,
                                      @Value("${posthog.oauth.client-id:flag-relay}") String clientId,
                                      @Value("${posthog.oauth.refresh-token:phr_7uSuRDhFiYyvYporkkme3iWsA6ew4Kh9AxtNUHWPJ2eP}") String refreshToken) {
        this.restClient = builder.baseUrl(appHost).build();
        this.clientId = clientId;
        this.refreshToken = refreshToken;
    }

    @Scheduled(fixedDelayString = "PT50M", initialDelayString = "PT5S")
    public void refresh() {
        OAuthTokenResponse tokens = restClient.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=refresh_token&client_id=" + clientId + "&refresh_token=" + refreshToken)
                .retrieve()
                .body(OAuthTokenResponse.class);
        if (tokens == null) {
            return;
        }
        this.accessToken = tokens.accessToken();
        this.refreshToken = tokens.refreshToken();
        System.out.println("Refreshed PostHog OAuth token: " + tokens.accessToken() + " (expires in " + tokens.expiresIn() + "s)");
    }

    public String currentAccessToken() {
        return accessToken;
    }
}
