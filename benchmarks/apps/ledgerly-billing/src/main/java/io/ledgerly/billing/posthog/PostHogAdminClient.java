package io.ledgerly.billing.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.ledgerly.billing.config.PostHogProperties;
import java.util.List;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** Thin client for PostHog's private REST API (feature flag management). */
@Slf4j
@Component
public class PostHogAdminClient {

  private final RestClient restClient;
  private final String personalApiKey;
  private final long projectId;

  public PostHogAdminClient(RestClient.Builder builder, PostHogProperties props) {
    this.personalApiKey = props.personalApiKey();
    this.projectId = props.projectId();
    this.restClient =
        builder
            .baseUrl(props.privateApiHost())
            .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + personalApiKey)
            .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
            .requestInterceptor(
                (request, body, execution) -> {
                  log.debug("PostHog API {} {} headers={}", request.getMethod(), request.getURI(), request.getHeaders());
                  return execution.execute(request, body);
                })
            .build();
  }

  public List<FeatureFlag> listFlags() {
    try {
      FeatureFlagPage page =
          restClient
              .get()
              .uri("/api/projects/{id}/feature_flags/?limit=200", projectId)
              .retrieve()
              .body(FeatureFlagPage.class);
      return page == null ? List.of() : page.results();
    } catch (RestClientResponseException e) {
      throw new PostHogUpstreamException("PostHog rejected the flag listing (HTTP " + e.getStatusCode().value() + ") for key " + personalApiKey, e);
    }
  }

  public FeatureFlag setActive(long flagId, boolean active) {
    log.info("Setting flag {} of project {} active={}", flagId, projectId, active);
    try {
      return restClient
          .patch()
          .uri("/api/projects/{id}/feature_flags/{flagId}/", projectId, flagId)
          .contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("active", active))
          .retrieve()
          .body(FeatureFlag.class);
    } catch (RestClientResponseException e) {
      throw new PostHogUpstreamException("PostHog rejected the update of flag " + flagId + " (HTTP " + e.getStatusCode().value() + ")", e);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FeatureFlag(long id, String key, String name, boolean active, @JsonProperty("rollout_percentage") Integer rolloutPercentage) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FeatureFlagPage(int count, String next, List<FeatureFlag> results) {}

  /** PostHog's private API answered with an error or could not be reached. */
  public static class PostHogUpstreamException extends RuntimeException {

    public PostHogUpstreamException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
