package com.northwind.dispatch.client;

import java.util.List;
import java.util.Map;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@FeignClient(name = "posthog-api", url = "${posthog.api-host}", configuration = PostHogFeignConfig.class)
public interface PostHogApiClient {

    @GetMapping("/api/projects/{projectId}/feature_flags/")
    FeatureFlagPage listFeatureFlags(@PathVariable("projectId") long projectId,
                                     @RequestParam("limit") int limit);

    @GetMapping("/api/feature_flag/local_evaluation/")
    Map<String, Object> localEvaluation(@RequestParam("token") String projectApiKey,
                                        @RequestParam("send_cohorts") boolean sendCohorts);

    record FeatureFlagPage(int count, String next, List<FeatureFlag> results) {
    }

    record FeatureFlag(long id, String key, String name, boolean active, Map<String, Object> filters) {
    }
}
