package com.tidewater.flagctl.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tidewater.flagctl.model.OAuthTokens;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** OAuth 2 (authorization code + PKCE) against PostHog, used by {@code flagctl login}. */
public class OAuthClient {

    private static final Logger LOG = Logger.getLogger(OAuthClient.class.getName());

    private final String host;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    public OAuthClient(String host) {
        this.host = host;
        this.clientId = System.getenv().getOrDefault("FLAGCTL_OAUTH_CLIENT_ID", "flagctl-cli");
        this.clientSecret = System.getenv("FLAGCTL_OAUTH_CLIENT_SECRET");
    }

    public URI authorizeUrl(String redirectUri, String state, String codeChallenge) {
        return URI.create(host + "/oauth/authorize/?" + form(Map.of(
                "response_type", "code",
                "client_id", clientId,
                "redirect_uri", redirectUri,
                "state", state,
                "code_challenge", codeChallenge,
                "code_challenge_method", "S256",
                "scope", "feature_flag:read feature_flag:write")));
    }

    public OAuthTokens exchangeCode(String code, String redirectUri, String codeVerifier)
            throws IOException, InterruptedException {
        LOG.fine("Exchanging authorization code, client_id=" + clientId + " client_secret=" + clientSecret);
        return post(Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", redirectUri,
                "code_verifier", codeVerifier,
                "client_id", clientId,
                "client_secret", clientSecret));
    }

    public OAuthTokens refresh(String refreshToken) throws IOException, InterruptedException {
        return post(Map.of(
                "grant_type", "refresh_token",
                "refresh_token", refreshToken,
                "client_id", clientId,
                "client_secret", clientSecret));
    }

    private OAuthTokens post(Map<String, String> form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(host + "/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new ApiException(response.statusCode(), "token endpoint returned " + response.statusCode());
        }
        return mapper.readValue(response.body(), OAuthTokens.class);
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
