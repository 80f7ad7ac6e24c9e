package com.lumenforge.flags.posthog;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import com.lumenforge.flags.config.PostHogSettings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps a valid OAuth access token for the "flags-sync" PostHog OAuth app.
 */
@ApplicationScoped
public class OAuthTokenStore {

    private static final Logger LOG = Logger.getLogger(OAuthTokenStore.class.getName());

    public enum TokenKind { ACCESS, REFRESH }

    // Issued when the OAuth app was registered; rotated on first refresh.
    private static final String BOOTSTRAP_REFRESH_TOKEN = "phr_pMYVnYdBJErjsMqaq"
            + "JcPkRVxFzXzAQY5" + "CVPvVm8Y439T";

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger refreshCount = new AtomicInteger();

    @Inject
    PostHogSettings settings;

    @Inject
    @ConfigProperty(name = "posthog.oauth.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "posthog.oauth.client-secret")
    String clientSecret;

    private String accessToken;
    private String refreshToken = BOOTSTRAP_REFRESH_TOKEN;
    private Instant expiresAt = Instant.EPOCH;

    public synchronized String accessToken() {
        if (accessToken == null || Instant.now().isAfter(expiresAt.minusSeconds(60))) {
            refresh();
        }
        return accessToken;
    }

    private void refresh() {
        String form = "grant_type=refresh_token"
                + "&refresh_token=" + enc(refreshToken)
                + "&client_id=" + enc(clientId)
                + "&client_secret=" + enc(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.appHost() + "/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        JsonObject json;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new PostHogApiException("OAuth refresh failed with " + response.statusCode(),
                        response.statusCode());
            }
            json = Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new PostHogApiException("OAuth endpoint unreachable", 503, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted during OAuth refresh", 503, e);
        }
        accessToken = json.getString("access_token");
        refreshToken = json.getString("refresh_token", refreshToken);
        expiresAt = Instant.now().plusSeconds(json.getInt("expires_in", 3600));
        int count = refreshCount.incrementAndGet();
        LOG.info("Refreshed " + TokenKind.ACCESS + " token (#" + count + "), expires at " + expiresAt);
        LOG.fine("Rotated refresh token, new value " + refreshToken);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
