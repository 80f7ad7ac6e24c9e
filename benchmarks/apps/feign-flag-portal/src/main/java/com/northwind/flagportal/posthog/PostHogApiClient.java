package com.northwind.flagportal.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** PostHog private REST API, feature-flag endpoints only. */
@FeignClient(
    name = "posthog-api",
    url = "${posthog.host}",
    configuration = PostHogFeignConfiguration.class)
public interface PostHogApiClient {

  @GetMapping("/api/projects/{projectId}/feature_flags/")
  FlagPage listFeatureFlags(
      @PathVariable("projectId") long projectId, @RequestParam("limit") int limit);

  @GetMapping("/api/projects/{projectId}/feature_flags/{id}/")
  FeatureFlag getFeatureFlag(@PathVariable("projectId") long projectId, @PathVariable("id") long id);

  @PatchMapping("/api/projects/{projectId}/feature_flags/{id}/")
  FeatureFlag updateFeatureFlag(
      @PathVariable("projectId") long projectId,
      @PathVariable("id") long id,
      @RequestBody FlagUpdate update);

  @JsonIgnoreProperties(ignoreUnknown = true)
  record FeatureFlag(
      long id,
      String key,
      String name,
      boolean active,
      @JsonProperty("rollout_percentage") Integer rolloutPercentage,
      List<String> tags) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record FlagPage(int count, String next, List<FeatureFlag> results) {}

  record FlagUpdate(Boolean active, @JsonProperty("rollout_percentage") Integer rolloutPercentage) {}
}
