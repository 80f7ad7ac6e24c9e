package com.northwind.flagdesk.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagdesk.config.CredentialHolder;
import com.northwind.flagdesk.config.FlagDeskSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Lists and toggles feature flags through PostHog's private API with the operator's key. */
public final class FlagApiClient {

  private static final Logger LOG = Logger.getLogger(FlagApiClient.class.getName());

  /** Which credential a request was made with; shown in the status bar. */
  public enum CredentialType {
    PERSONAL_API_KEY,
    OAUTH_ACCESS_TOKEN
  }

  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final String host;
  private final long projectId;

  public FlagApiClient(FlagDeskSettings settings) {
    this.host = settings.host();
    this.projectId = settings.projectId();
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    LOG.log(
        Level.CONFIG,
        "Private API at {0}, project {1}, personal key {2}",
        new Object[] {host, projectId, CredentialHolder.getPersonalApiKey()});
  }

  public List<FlagDefinition> listFlags() throws IOException, InterruptedException {
    JsonNode page = get("/api/projects/" + projectId + "/feature_flags/?limit=200");
    List<FlagDefinition> flags = new ArrayList<>();
    for (JsonNode node : page.path("results")) {
      flags.add(json.treeToValue(node, FlagDefinition.class));
    }
    return flags;
  }

  public void setActive(FlagDefinition flag, boolean active)
      throws IOException, InterruptedException {
    String body = json.writeValueAsString(Map.of("active", active));
    HttpRequest request =
        authorized(URI.create(host + "/api/projects/" + projectId + "/feature_flags/" + flag.id() + "/"))
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
            .build();
    send(request);
  }

  public CredentialType credentialType() {
    CredentialType apiKey =
        CredentialHolder.getOAuthCredentials() != null
            ? CredentialType.OAUTH_ACCESS_TOKEN
            : CredentialType.PERSONAL_API_KEY;
    LOG.fine("Authenticating private API calls with " + apiKey);
    return apiKey;
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpRequest request = authorized(URI.create(host + path)).GET().build();
    return json.readTree(send(request));
  }

  private HttpRequest.Builder authorized(URI uri) {
    String personalApiKey = CredentialHolder.getPersonalApiKey();
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(20))
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + personalApiKey);
  }

  private String send(HttpRequest request) throws IOException, InterruptedException {
    LOG.finer(() -> "-> " + request.method() + " " + request.uri() + " " + request.headers());
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      String personalApiKey = CredentialHolder.getPersonalApiKey();
      throw new FlagApiException(
          response.statusCode(),
          "PostHog refused personal API key " + personalApiKey + " for project " + projectId);
    }
    if (response.statusCode() >= 300) {
      throw new FlagApiException(
          response.statusCode(), "PostHog answered " + response.statusCode() + " for " + request.uri());
    }
    return response.body();
  }
}
