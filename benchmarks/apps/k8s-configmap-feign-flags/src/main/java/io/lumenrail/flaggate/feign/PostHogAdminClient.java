package io.lumenrail.flaggate.feign;

import java.util.List;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@FeignClient(name = "posthog-admin", url = "${posthog.admin-url}", configuration = PostHogFeignConfig.class)
public interface PostHogAdminClient {

    @GetMapping("/api/projects/{projectId}/feature_flags/")
    FeatureFlagPage listFeatureFlags(@PathVariable("projectId") String projectId,
                                     @RequestParam("limit") int limit);

    record FeatureFlagPage(int count, String next, List<FeatureFlag> results) {
    }

    record FeatureFlag(long id, String key, String name, boolean active, boolean deleted) {
    }
}
