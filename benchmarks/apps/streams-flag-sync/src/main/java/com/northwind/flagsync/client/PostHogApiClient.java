package com.northwind.flagsync.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;

/** PostHog private API, feature-flag endpoints only. */
@FeignClient(name = "posthog-api", url = "${posthog.host}", configuration = PostHogFeignConfig.class)
public interface PostHogApiClient {

    @GetMapping("/api/projects/{projectId}/feature_flags/")
    FlagPage listFeatureFlags(@PathVariable("projectId") long projectId,
                              @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                              @RequestParam("limit") int limit);

    @PatchMapping("/api/projects/{projectId}/feature_flags/{flagId}/")
    FeatureFlag updateFeatureFlag(@PathVariable("projectId") long projectId,
                                  @PathVariable("flagId") long flagId,
                                  @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                  @RequestBody Map<String, Object> patch);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FlagPage(int count, String next, List<FeatureFlag> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeatureFlag(long id, String key, boolean active,
                       @JsonProperty("rollout_percentage") Integer rolloutPercentage,
                       Map<String, Object> filters) {
    }
}
