package com.copperleaf.orders.client;

import com.copperleaf.orders.config.FeignAuthConfig;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * PostHog private REST API (feature flag administration).
 */
@FeignClient(name = "posthog-api", url = "${posthog.api-host}", configuration = FeignAuthConfig.class)
public interface PostHogApiClient {

    @GetMapping("/api/projects/{projectId}/feature_flags/")
    FlagPage listFlags(@PathVariable("projectId") String projectId, @RequestParam("limit") int limit);

    @PatchMapping("/api/projects/{projectId}/feature_flags/{flagId}/")
    Map<String, Object> patchFlag(@PathVariable("projectId") String projectId,
                                  @PathVariable("flagId") String flagId,
                                  @RequestBody Map<String, Object> body);

    record FlagPage(int count, List<Map<String, Object>> results) {
    }
}
