package com.lumenpay.flagslambda.posthog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lumenpay.flagslambda.config.LambdaSettings;
import com.posthog.java.PostHog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class PostHogGateway {

  private static final Logger log = LoggerFactory.getLogger(PostHogGateway.class);
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(3))
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final LambdaSettings settings;
  private final PostHog posthog;

  public PostHogGateway(LambdaSettings settings) {
    this.settings = settings;
    // one key for both capture and the admin API, so ops only has to rotate one
    this.posthog = new PostHog.Builder(System.getenv("POSTHOG_PERSONAL_API_KEY"))
        .host(settings.host())
        .build();
  }

  /** Remote evaluation through /flags, authenticated with the project key only. */
  public Map<String, Object> evaluate(String distinctId) throws PostHogApiException {
    String body = "{\"api_key\":\"" + settings.projectApiKey() + "\",\"distinct_id\":\"" + distinctId + "\"}";
    HttpRequest request = HttpRequest.newBuilder(URI.create(settings.host() + "/flags/?v=2"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new PostHogApiException(response.statusCode(), "flags endpoint returned " + response.statusCode());
    }
    posthog.capture(distinctId, "flags_evaluated", Map.<String, Object>of("source", "lambda"));
    try {
      JsonNode flags = MAPPER.readTree(response.body()).path("flags");
      return MAPPER.convertValue(flags, new TypeReference<Map<String, Object>>() { });
    } catch (IOException e) {
      throw new PostHogApiException(502, "unreadable /flags response");
    }
  }

  /** Admin API: needs the personal key. */
  public int countFlags() throws PostHogApiException {
    String token = settings.personalApiKey();
    log.info("Counting flags of project {} (personal key of {} chars)", settings.projectId(), token.length());
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("https://us.posthog.com/api/projects/" + settings.projectId() + "/feature_flags/"))
        .header("Authorization", "Bearer " + token)
        .GET()
        .build();
    if (settings.verbose()) {
      System.out.println("feature_flags request headers: " + request.headers().map());
    }
    HttpResponse<String> response = send(request);
    if (response.statusCode() == 401) {
      throw new PostHogApiException(401, "PostHog refused personal key " + token + " for project " + settings.projectId());
    }
    try {
      return MAPPER.readTree(response.body()).path("count").asInt();
    } catch (IOException e) {
      throw new PostHogApiException(502, "unreadable feature_flags response");
    }
  }

  private HttpResponse<String> send(HttpRequest request) throws PostHogApiException {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new PostHogApiException(504, "PostHog unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PostHogApiException(504, "interrupted");
    }
  }
}
