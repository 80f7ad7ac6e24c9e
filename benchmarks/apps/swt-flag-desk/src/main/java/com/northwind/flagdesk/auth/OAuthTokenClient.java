package com.northwind.flagdesk.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Exchanges the authorization code of the desktop OAuth flow (PKCE, no client secret). */
public final class OAuthTokenClient {

  private static final Logger LOG = Logger.getLogger(OAuthTokenClient.class.getName());
  private static final String CLIENT_ID = "flag-desk";

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final String host;

  public OAuthTokenClient(String host) {
    this.host = host;
  }

  public PostHogCredentials exchange(String code, String codeVerifier, String redirectUri)
      throws IOException, InterruptedException {
    Map<String, String> form =
        Map.of(
            "grant_type", "authorization_code",
            "client_id", CLIENT_ID,
            "code", code,
            "code_verifier", codeVerifier,
            "redirect_uri", redirectUri);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(host + "/oauth/token/"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(urlEncode(form)))
            .build();

    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("Token endpoint answered " + response.statusCode());
    }
    JsonNode node = json.readTree(response.body());
    int expiresIn = node.path("expires_in").asInt(3600);
    LOG.fine(
        () ->
            "Signed in; access token valid for "
                + expiresIn
                + " s, refresh with "
                + node.path("refresh_token").asText());
    return new PostHogCredentials(
        node.path("access_token").asText(),
        node.path("refresh_token").asText(),
        Instant.now().plusSeconds(expiresIn));
  }

  private static String urlEncode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
