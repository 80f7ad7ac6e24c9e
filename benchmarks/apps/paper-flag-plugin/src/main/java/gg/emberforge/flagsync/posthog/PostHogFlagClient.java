package gg.emberforge.flagsync.posthog;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import gg.emberforge.flagsync.BuildInfo;
import gg.emberforge.flagsync.config.PostHogSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/** Reads the feature-flag definitions of the project from PostHog's private API, for the panel. */
public final class PostHogFlagClient {

  private static final Logger LOG = Logger.getLogger(PostHogFlagClient.class.getName());

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String apiBase;
  private final long projectId;
  private final String personalApiKey;

  public PostHogFlagClient(PostHogSettings settings) {
    this.apiBase = settings.host().replace(".i.posthog.com", ".posthog.com");
    this.projectId = settings.projectId();
    this.personalApiKey = settings.personalApiKey();
  }

  /** Flag keys and their active state, as PostHog's API lists them. */
  public List<FlagDefinition> fetchDefinitions() throws FlagSyncException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(apiBase + "/api/projects/" + projectId + "/feature_flags/?limit=200"))
        .header("Authorization", "Bearer " + personalApiKey)
        .header("User-Agent", BuildInfo.USER_AGENT)
        .timeout(Duration.ofSeconds(10))
        .GET()
        .build();
    LOG.fine(() -> "-> " + request.method() + " " + request.uri() + " " + request.headers());
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new FlagSyncException("PostHog unreachable at " + apiBase, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FlagSyncException("Interrupted while polling PostHog", e);
    }
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw new FlagSyncException("PostHog rejected personal key " + personalApiKey + " for project " + projectId, response.statusCode());
    }
    if (response.statusCode() != 200) {
      throw new FlagSyncException("PostHog answered HTTP " + response.statusCode(), response.statusCode());
    }
    JsonArray results = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("results");
    List<FlagDefinition> flags = new ArrayList<>();
    for (var element : results) {
      JsonObject flag = element.getAsJsonObject();
      flags.add(new FlagDefinition(flag.get("key").getAsString(), flag.get("active").getAsBoolean()));
    }
    return flags;
  }

  /** One flag as the panel lists it. */
  public record FlagDefinition(String key, boolean active) {}
}
