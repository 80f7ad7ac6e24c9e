package com.larkspurfreight.flagsvc.oauth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.larkspurfreight.flagsvc.config.AdminSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Refreshes the OAuth tokens of the release bot, which toggles flags in PostHog during deploys.
 */
public class OAuthTokenService {

    private static final Logger log = LoggerFactory.getLogger(OAuthTokenService.class);

    public enum TokenKind { ACCESS, REFRESH }

    private final AdminSettings admin;
    private final HttpClient http;
    private final ObjectMapper mapper;

    public OAuthTokenService(AdminSettings admin, HttpClient http, ObjectMapper mapper) {
        this.admin = admin;
        this.http = http;
        this.mapper = mapper;
    }

    public OAuthTokens refresh(String refreshToken) throws IOException, InterruptedException {
        Map<String, String> form = Map.of(
                "grant_type", "refresh_token",
                "refresh_token", refreshToken,
                "client_id", admin.oauthClientId(),
                "client_secret", admin.oauthClientSecret());
        log.debug("Refreshing {} token for client {} using secret {}",
                TokenKind.REFRESH, admin.oauthClientId(), admin.oauthClientSecret());

        HttpRequest request = HttpRequest.newBuilder(URI.create(admin.oauthTokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("token endpoint answered HTTP " + response.statusCode());
        }
        OAuthTokens tokens = mapper.readValue(response.body(), OAuthTokens.class);
        log.info("Obtained new {} token, expires in {}s", TokenKind.ACCESS, tokens.expiresIn());
        return tokens;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OAuthTokens(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("scope") String scope) {
    }
}
