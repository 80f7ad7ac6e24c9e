package com.northwind.rollout.client;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * Thin client over PostHog's private feature flag API. Authentication is added by
 * {@link PostHogFeignConfiguration}.
 */
@FeignClient(name = "posthog-api", url = "${posthog.api-host}", configuration = PostHogFeignConfiguration.class)
public interface PostHogApiClient {

    @GetMapping("/api/projects/{projectId}/feature_flags/")
    JsonNode listFlags(@PathVariable("projectId") String projectId,
                       @RequestParam("search") String search);

    @GetMapping("/api/projects/{projectId}/feature_flags/{flagId}/")
    JsonNode getFlag(@PathVariable("projectId") String projectId,
                     @PathVariable("flagId") long flagId);

    @PatchMapping("/api/projects/{projectId}/feature_flags/{flagId}/")
    JsonNode patchFlag(@PathVariable("projectId") String projectId,
                       @PathVariable("flagId") long flagId,
                       @RequestBody Map<String, Object> patch);
}
