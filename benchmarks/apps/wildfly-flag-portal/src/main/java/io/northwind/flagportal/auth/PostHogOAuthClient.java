package io.northwind.flagportal.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Authorization-code exchange against PostHog's OAuth server ("Sign in with PostHog"). */
@ApplicationScoped
public class PostHogOAuthClient {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    @ConfigProperty(name = "posthog.app-host")
    String appHost;

    @Inject
    @ConfigProperty(name = "posthog.oauth.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "posthog.oauth.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "posthog.oauth.redirect-uri")
    String redirectUri;

    public PostHogOAuthTokens exchange(String code) {
        String form = "grant_type=authorization_code"
                + "&code=" + encode(code)
                + "&redirect_uri=" + encode(redirectUri)
                + "&client_id=" + encode(clientId)
                + "&client_secret=" + encode(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(appHost + "/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            return new PostHogOAuthTokens(json.getString("access_token"), json.getString("refresh_token"),
                    json.getInt("expires_in"), json.getString("scope", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("PostHog token endpoint unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Token exchange interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
