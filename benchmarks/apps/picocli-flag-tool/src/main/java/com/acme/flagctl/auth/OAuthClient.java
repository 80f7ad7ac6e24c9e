package com.acme.flagctl.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Authorization-code + PKCE flow against PostHog's OAuth server. */
public class OAuthClient {

    private static final Logger log = LoggerFactory.getLogger(OAuthClient.class);
    static final String CLIENT_ID = "flagctl-cli";
    static final String SCOPES = "feature_flag:read feature_flag:write project:read";

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final URI base;
    private final SecureRandom random = new SecureRandom();

    public OAuthClient(HttpClient http, ObjectMapper mapper, URI base) {
        this.http = http;
        this.mapper = mapper;
        this.base = base;
    }

    public String newCodeVerifier() {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public URI authorizeUri(String redirectUri, String state, String codeVerifier) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("response_type", "code");
        q.put("client_id", CLIENT_ID);
        q.put("redirect_uri", redirectUri);
        q.put("scope", SCOPES);
        q.put("state", state);
        q.put("code_challenge", challenge(codeVerifier));
        q.put("code_challenge_method", "S256");
        return base.resolve("oauth/authorize/?" + form(q));
    }

    public OAuthTokens exchangeCode(String code, String codeVerifier, String redirectUri)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("client_id", CLIENT_ID);
        form.put("code", code);
        form.put("code_verifier", codeVerifier);
        form.put("redirect_uri", redirectUri);
        HttpResponse<String> response = post(form);
        if (response.statusCode() != 200) {
            throw new IOException("Authorization code exchange failed with HTTP " + response.statusCode());
        }
        return mapper.readValue(response.body(), OAuthTokens.class);
    }

    public OAuthTokens refresh(String refreshToken) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", CLIENT_ID);
        form.put("refresh_token", refreshToken);
        HttpResponse<String> response = post(form);
        if (response.statusCode() != 200) {
            log.warn(String.format("Refreshing the PostHog session failed (HTTP %d), refresh_token=%s",
                    response.statusCode(), refreshToken));
            throw new IOException("Session expired, run `flagctl login` again");
        }
        return mapper.readValue(response.body(), OAuthTokens.class);
    }

    private HttpResponse<String> post(Map<String, String> form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
