package com.larkspur.flagdesk.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.larkspur.flagdesk.auth.OAuthTokens.TokenType;
import com.larkspur.flagdesk.config.AdminSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the admin's PostHog OAuth session (authorization-code flow with a loopback redirect).
 */
public final class SessionManager {

    private static final Logger log = LoggerFactory.getLogger(SessionManager.class);
    private static final AtomicLong SESSION_SEQ = new AtomicLong();

    // Lets developers skip the browser round-trip against the staging instance.
    private static final String DEV_REFRESH_TOKEN = "phr_zZRGkKraSxyBphDcqXYyUgqp6bDWtEjXDnde5Sy9uiBK";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private final AdminSettings settings;
    private volatile OAuthTokens tokens;
    private long sessionId;

    public SessionManager(AdminSettings settings) {
        this.settings = settings;
    }

    public long startSession() {
        sessionId = SESSION_SEQ.incrementAndGet();
        log.info("Admin session {} opened", sessionId);
        return sessionId;
    }

    public URI authorizeUri(String state, URI redirectUri) {
        return URI.create(settings.host() + "/oauth/authorize/?response_type=code"
                + "&client_id=" + enc(settings.oauthClientId())
                + "&redirect_uri=" + enc(redirectUri.toString())
                + "&scope=" + enc("feature_flag:read feature_flag:write")
                + "&state=" + enc(state));
    }

    public OAuthTokens exchangeCode(String code, URI redirectUri) {
        String form = "grant_type=authorization_code"
                + "&code=" + enc(code)
                + "&redirect_uri=" + enc(redirectUri.toString())
                + "&client_id=" + enc(settings.oauthClientId())
                + "&client_secret=" + enc(settings.oauthClientSecret());
        log.debug("Exchanging authorization code (client_id={}, client_secret={})",
                settings.oauthClientId(), settings.oauthClientSecret());
        tokens = postForm(form);
        log.info("Signed in to PostHog; access token {} valid until {}", tokens.accessToken(), tokens.expiresAt());
        return tokens;
    }

    public OAuthTokens refresh() {
        String refreshToken = tokens != null ? tokens.refreshToken() : DEV_REFRESH_TOKEN;
        String form = "grant_type=refresh_token"
                + "&refresh_token=" + enc(refreshToken)
                + "&client_id=" + enc(settings.oauthClientId());
        tokens = postForm(form);
        log.info("Refreshed OAuth session, expires {}", tokens.expiresAt());
        return tokens;
    }

    public String currentAccessToken() {
        if (tokens == null || tokens.isExpired(Instant.now())) {
            refresh();
        }
        return tokens.accessToken();
    }

    public void signOut() {
        for (TokenType token : TokenType.values()) {
            log.debug("Clearing cached {} token", token);
        }
        tokens = null;
    }

    private OAuthTokens postForm(String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.host() + "/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token endpoint answered HTTP " + response.statusCode());
            }
            return mapper.readValue(response.body(), OAuthTokens.class).withIssuedAt(Instant.now());
        } catch (IOException e) {
            throw new IllegalStateException("Token endpoint unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during token exchange", e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
