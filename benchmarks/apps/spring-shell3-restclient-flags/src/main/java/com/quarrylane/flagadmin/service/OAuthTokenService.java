package com.quarrylane.flagadmin.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.quarrylane.flagadmin.config.AdminOAuthProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

@Service
public class OAuthTokenService {

    private static final Logger log = LoggerFactory.getLogger(OAuthTokenService.class);

    private final RestClient restClient;
    private final AdminOAuthProperties oauth;
    private final String refreshToken;

    public OAuthTokenService(RestClient.Builder builder, AdminOAuthProperties oauth,
            @Value("${posthog.oauth.refresh-token:phr_xUCjphVUcBfZYz9Htcs8UF8TNd7HR2TCTVnXpJN2C9B6}") String refreshToken) {
        this.restClient = builder.build();
        this.oauth = oauth;
        this.refreshToken = refreshToken;
    }

    public TokenResponse passwordGrant(String username, String password) {
        MultiValueMap<String, String> form = baseForm("password");
        form.add("username", username);
        form.add("password", password);
        return exchange(form);
    }

    public TokenResponse refresh() {
        MultiValueMap<String, String> form = baseForm("refresh_token");
        form.add("refresh_token", refreshToken);
        TokenResponse token = exchange(form);
        log.info("Refreshed PostHog OAuth session, access token {} (type {})", token.accessToken(), token.tokenType());
        return token;
    }

    private MultiValueMap<String, String> baseForm(String grantType) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", grantType);
        form.add("client_id", oauth.clientId());
        form.add("client_secret", oauth.clientSecret());
        form.add("scope", oauth.scope());
        return form;
    }

    private TokenResponse exchange(MultiValueMap<String, String> form) {
        return restClient.post()
                .uri(oauth.tokenUri())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(TokenResponse.class);
    }

    public record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("token_type") String tokenType) {
    }
}
