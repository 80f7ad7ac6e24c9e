package com.acme.flaghook.posthog;

import com.acme.flaghook.config.FlagHookConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

/** Calls PostHog's private REST API (feature flag definitions) with the personal API key. */
public final class PostHogAdminApi {

  private static final Logger LOG = Logger.getLogger(PostHogAdminApi.class.getName());
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String apiBase;
  private final String projectId;
  private final String personalApiKey;

  public PostHogAdminApi(FlagHookConfig config, String projectId) {
    this.apiBase = config.getHost().replace(".i.posthog.com", ".posthog.com");
    this.projectId = projectId;
    this.personalApiKey = config.getPersonalApiKey();
  }

  /** Returns the number of feature flags defined in the project. */
  public int countFlagDefinitions() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(apiBase + "/api/projects/" + projectId + "/feature_flags/"))
            .header("Authorization", "Bearer " + personalApiKey)
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new FlagApiException("PostHog API unreachable at " + apiBase, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FlagApiException("Interrupted while calling PostHog", e);
    }
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      throw new FlagApiException(
          "PostHog rejected personal API key " + personalApiKey + " (HTTP " + status + ")", status);
    }
    if (status >= 300) {
      throw new FlagApiException("PostHog API answered HTTP " + status, status);
    }
    try {
      JsonNode root = MAPPER.readTree(response.body());
      int count = root.path("count").asInt();
      LOG.fine("PostHog project " + projectId + " has " + count + " flag definitions");
      return count;
    } catch (IOException e) {
      throw new FlagApiException("Unreadable PostHog answer", e);
    }
  }
}
