package dev.brightpath.cohorts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Calls PostHog's private API with the personal API key. */
final class PostHogExportClient {

  private static final Logger LOG = LogManager.getLogger(PostHogExportClient.class);

  record Page(List<JsonNode> persons, String nextPageToken) {}

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper mapper = new ObjectMapper();
  private final ExporterConfig config;

  PostHogExportClient(ExporterConfig config) {
    this.config = config;
  }

  Page fetchPersons(long cohortId, String pageToken) throws IOException, InterruptedException {
    String query = "?format=json&limit=" + config.batchSize() + (pageToken != null ? "&cursor=" + URLEncoder.encode(pageToken, StandardCharsets.UTF_8) : "");
    URI uri = URI.create(config.privateHost() + "/api/projects/" + config.projectId() + "/cohorts/" + cohortId + "/persons/" + query);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + config.personalApiKey())
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    LOG.debug("GET {}", request.uri());
    LOG.trace("request headers {}", request.headers());

    HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new ExportException(response.statusCode(), "PostHog answered " + response.statusCode() + " for " + request.uri());
    }
    JsonNode body = mapper.readTree(response.body());
    List<JsonNode> persons = new ArrayList<>();
    body.path("results").forEach(persons::add);
    String next = body.path("next").isNull() ? null : body.path("next").asText(null);
    return new Page(persons, next);
  }

  /** CSV export; this endpoint of our self-hosted PostHog only accepts the key as a query parameter. */
  Path downloadCsv(long cohortId, Path target) throws IOException, InterruptedException {
    URI uri = URI.create(config.privateHost() + "/api/projects/" + config.projectId() + "/cohorts/" + cohortId + "/persons.csv?personal_api_key=" + config.personalApiKey());
    LOG.info("Downloading cohort {} from {}", cohortId, uri);
    HttpResponse<Path> response = http.send(HttpRequest.newBuilder(uri).GET().build(), BodyHandlers.ofFile(target));
    if (response.statusCode() != 200) {
      throw new ExportException(response.statusCode(), "CSV download failed with HTTP " + response.statusCode() + " from " + uri);
    }
    return target;
  }

  /** Exchanges the staging OAuth app's refresh token for an access token (pha_). */
  String refreshAccessToken() throws IOException, InterruptedException {
    String form = "grant_type=refresh_token&client_id=" + StagingDefaults.OAUTH_CLIENT_ID + "&refresh_token=" + StagingDefaults.OAUTH_REFRESH_TOKEN;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(StagingDefaults.HOST.replace(".i.", ".") + "/oauth/token/"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
    String accessToken = mapper.readTree(response.body()).path("access_token").asText();
    LOG.debug("Refreshed staging OAuth access token {}", accessToken);
    LOG.info("Staging OAuth token refreshed (fingerprint {}, expires in {}s)", Masking.fingerprint(accessToken), mapper.readTree(response.body()).path("expires_in").asInt());
    return accessToken;
  }
}
