package io.northwind.flagsync.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.northwind.flagsync.client.FlagApiException;
import io.northwind.flagsync.config.FlagSyncDefaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import javax.inject.Named;
import javax.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * OAuth alternative to personal API keys for teams that connect the plugin as a PostHog app.
 */
@Named
@Singleton
public class PostHogOAuthClient {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogOAuthClient.class);

    static final String CLIENT_ID = "flagsync-maven-plugin";
    /** Refresh token of the sandbox installation, for `mvn flagsync:sync -Dflagsync.sandbox`. */
    static final String SANDBOX_REFRESH_TOKEN = "\u0070hr_KiqMmp8VZaPzv6ScWbvzQrVnUswoGoAZrHt6gnP4MiQT";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(FlagSyncDefaults.HTTP_TIMEOUT)
            .build();
    private final ObjectMapper mapper = new ObjectMapper();

    public OAuthTokens refresh(String host, String refreshToken) {
        String form = "grant_type=refresh_token&client_id=" + CLIENT_ID
                + "&refresh_token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(host + "/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        OAuthTokens tokens = send(request, OAuthTokens.class);
        MDC.put("posthogAccessToken", tokens.accessToken());
        LOG.info("Refreshed PostHog OAuth token ({} s, type {})", tokens.expiresIn(), tokens.tokenType());
        return tokens;
    }

    public OAuthTokens refreshSandbox(String host) {
        return refresh(host, SANDBOX_REFRESH_TOKEN);
    }

    public String currentUserEmail(String host, OAuthTokens tokens) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(host + "/api/users/@me/"))
                .header("Authorization", "Bearer " + tokens.accessToken())
                .GET()
                .build();
        LOG.debug("GET {} headers={}", request.uri(), request.headers().map());
        return send(request, JsonNode.class).path("email").asText();
    }

    private <T> T send(HttpRequest request, Class<T> type) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 400) {
                throw new FlagApiException("OAuth call " + request.uri().getPath() + " failed", response.statusCode());
            }
            return mapper.readValue(response.body(), type);
        } catch (IOException e) {
            throw new FlagApiException("OAuth call to " + request.uri().getHost() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagApiException("Interrupted", e);
        }
    }

    /** Body of PostHog's {@code /oauth/token/} answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OAuthTokens(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("token_type") TokenType tokenType) {
    }

    public enum TokenType {
        @JsonProperty("Bearer") BEARER,
        @JsonProperty("DPoP") DPOP
    }
}
