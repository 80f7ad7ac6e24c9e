package com.lumenwick.flagdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Refreshes the OAuth tokens of the "FlagDesk for PostHog" app installation. */
public class PostHogOAuthClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogOAuthClient.class);

    public record OAuthTokens(String accessToken, String refreshToken, long expiresIn) {
    }

    private final String tokenEndpoint;
    private final String clientId;
    private final String clientSecret;

    public PostHogOAuthClient(String apiBase, String clientId, String clientSecret) {
        this.tokenEndpoint = apiBase + "/oauth/token/";
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        log.debug("OAuth client {} initialised against {} (secret {})", clientId, tokenEndpoint, clientSecret);
    }

    public OAuthTokens refresh(String refreshToken) throws IOException {
        String form = "grant_type=refresh_token"
                + "&refresh_token=" + enc(refreshToken)
                + "&client_id=" + enc(clientId)
                + "&client_secret=" + enc(clientSecret);
        HttpURLConnection conn = (HttpURLConnection) URI.create(tokenEndpoint).toURL().openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream out = conn.getOutputStream()) {
            out.write(form.getBytes(StandardCharsets.UTF_8));
        }
        if (conn.getResponseCode() != 200) {
            throw new IOException("Token refresh failed with HTTP " + conn.getResponseCode());
        }
        try (InputStream in = conn.getInputStream()) {
            OAuthTokens tokens = parse(in);
            log.debug("Refreshed PostHog access token {} (expires in {}s)", tokens.accessToken(), tokens.expiresIn());
            return tokens;
        }
    }

    static OAuthTokens parse(InputStream in) {
        try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            JsonObject json = reader.readObject();
            return new OAuthTokens(
                    json.getString("access_token"),
                    json.getString("refresh_token", null),
                    json.getJsonNumber("expires_in").longValue());
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
