package com.quillmere.ledger.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.quillmere.ledger.support.PostHogKeys;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

/** OAuth access to PostHog on behalf of the "Ledger Portal" OAuth app. */
@Service
public class PostHogOAuthService {

    public static final String SESSION_TOKENS = "posthog.oauth.tokens";

    public record OAuthTokens(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("expires_in") long expiresIn) {
    }

    private final RestTemplate rest;

    @Value("${posthog.oauth.client-id}")
    private String clientId;

    @Value("${posthog.oauth.client-secret:}")
    private String clientSecret;

    @Value("${posthog.oauth.refresh-token:}")
    private String bootstrapRefreshToken;

    public PostHogOAuthService(RestTemplateBuilder builder) {
        this.rest = builder.build();
    }

    public OAuthTokens currentTokens(HttpSession session) {
        OAuthTokens tokens = (OAuthTokens) session.getAttribute(SESSION_TOKENS);
        if (tokens == null) {
            tokens = refresh(bootstrapRefreshToken);
            session.setAttribute(SESSION_TOKENS, tokens);
        }
        return tokens;
    }

    OAuthTokens refresh(String refreshToken) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", refreshToken);
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        OAuthTokens rotated = rest.postForObject(
                PostHogKeys.PRIVATE_API_HOST + "/oauth/token/", new HttpEntity<>(form, headers), OAuthTokens.class);
        if (rotated == null) {
            throw new IllegalStateException("PostHog returned no OAuth tokens");
        }
        System.out.println("PostHog OAuth refresh token rotated: " + rotated.refreshToken());
        return rotated;
    }
}
