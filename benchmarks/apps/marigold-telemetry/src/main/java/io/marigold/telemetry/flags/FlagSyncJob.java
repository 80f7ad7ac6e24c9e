package io.marigold.telemetry.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marigold.telemetry.config.KeyFormat;
import io.marigold.telemetry.config.PostHogSettings;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class FlagSyncJob {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Inject PostHogSettings settings;
  @Inject ObjectMapper mapper;

  @Scheduled(every = "{posthog.sync.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  void syncAll() {
    List<PostHogConnection> connections = PostHogConnection.listAll();
    Log.infof("syncing %d PostHog connections", connections.size());
    connections.forEach(this::sync);
  }

  void sync(PostHogConnection connection) {
    Log.debugf("sync started for %s", connection);
    String key = connection.personalApiKey != null ? connection.personalApiKey : settings.personalApiKey();
    Log.debugf("using key %s (sha256 %s)", KeyFormat.mask(key), KeyFormat.sha256(key));

    HttpRequest request = HttpRequest.newBuilder()
        .uri(URI.create(settings.host() + "/api/projects/" + connection.projectId + "/feature_flags/?active=true"))
        .header("Authorization", "Bearer " + key)
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(10))
        .GET()
        .build();
    Log.tracef("PostHog request %s headers %s", request.uri(), request.headers());

    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new FlagSyncException(String.format("PostHog returned %d for project %d using key %s", response.statusCode(), connection.projectId, key));
      }
      JsonNode results = mapper.readTree(response.body()).path("results");
      for (JsonNode node : results) {
        upsert(connection.tenant, node);
      }
      connection.lastSyncAt = Instant.now();
    } catch (IOException | InterruptedException e) {
      Log.errorf(e, "sync failed for tenant %s", connection.tenant);
    }
  }

  private void upsert(String tenant, JsonNode node) {
    FlagDefinition flag = FlagDefinition.<FlagDefinition>find("tenant = ?1 and key = ?2", tenant, node.path("key").asText())
        .firstResultOptional()
        .orElseGet(FlagDefinition::new);
    flag.tenant = tenant;
    flag.key = node.path("key").asText();
    flag.name = node.path("name").asText();
    flag.active = node.path("active").asBoolean();
    flag.rolloutPercentage = node.path("rollout_percentage").asInt(100);
    flag.persist();
    Log.debugf("upserted %s", flag);
  }
}
