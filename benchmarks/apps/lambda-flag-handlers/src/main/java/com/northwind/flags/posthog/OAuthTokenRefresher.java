package com.northwind.flags.posthog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flags.exception.FlagServiceException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Keeps the admin console's PostHog OAuth access token fresh.
 */
public class OAuthTokenRefresher {

    private static final Logger LOG = LogManager.getLogger(OAuthTokenRefresher.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String TOKEN_ENDPOINT = "https://eu.posthog.com/oauth/token/";
    private static final String CLIENT_ID = "northwind-flags-console";
    // TODO(FLAGS-212): move to Secrets Manager once the OAuth app is approved for prod
    private static final String BOOTSTRAP_REFRESH_TOKEN = "phr_h9RSHmzCcREeQF6ZQpXEVKb4RveukGRBHRtPEejk5qym";

    private final HttpClient http = HttpClient.newHttpClient();
    private volatile OAuthTokenResponse current;

    public synchronized OAuthTokenResponse refresh() {
        String refreshToken = current != null ? current.refreshToken() : BOOTSTRAP_REFRESH_TOKEN;
        String form = "grant_type=refresh_token"
                + "&client_id=" + CLIENT_ID
                + "&refresh_token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_ENDPOINT))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new FlagServiceException("PostHog token refresh failed with HTTP " + response.statusCode(), 502);
            }
            OAuthTokenResponse token = MAPPER.readValue(response.body(), OAuthTokenResponse.class);
            LOG.info("Refreshed PostHog OAuth {} token, expires in {}s", token.tokenType(), token.expiresIn());
            LOG.debug("New PostHog access token: {}", token.accessToken());
            current = token;
            return token;
        } catch (IOException e) {
            throw new FlagServiceException("PostHog token refresh failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagServiceException("PostHog token refresh interrupted", e);
        }
    }
}
