package io.lumen.flags.oauth;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Talks to PostHog's private API on behalf of the flag debugger, with an OAuth access token. */
@ApplicationScoped
public class PostHogOAuthClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("token_type") String tokenType) {
    }

    @ConfigProperty(name = "posthog.host")
    String host;

    @ConfigProperty(name = "posthog.oauth.client-id")
    String clientId;

    @ConfigProperty(name = "posthog.oauth.client-secret")
    String clientSecret;

    private final HttpClient http = HttpClient.newHttpClient();
    private volatile String accessToken;
    private volatile String refreshToken;

    public static TokenResponse parse(String json) throws IOException {
        return MAPPER.readValue(json, TokenResponse.class);
    }

    void refresh() throws IOException, InterruptedException {
        Log.debugf("Refreshing PostHog OAuth session using refresh token %s", refreshToken);
        String form = "grant_type=refresh_token"
                + "&refresh_token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8)
                + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(host + "/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        TokenResponse tokens = parse(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        this.accessToken = tokens.accessToken();
        this.refreshToken = tokens.refreshToken();
        Log.infof("PostHog OAuth session refreshed, %s token valid for %d s", tokens.tokenType(), tokens.expiresIn());
    }

    HttpRequest authorized(String path) {
        return HttpRequest.newBuilder(URI.create(host + path))
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build();
    }
}
