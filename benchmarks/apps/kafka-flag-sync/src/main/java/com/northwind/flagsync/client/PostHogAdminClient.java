package com.northwind.flagsync.client;

import java.util.List;
import java.util.Map;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import com.northwind.flagsync.config.PostHogFeignConfig;

@FeignClient(name = "posthog-admin", url = "${posthog.host}", configuration = PostHogFeignConfig.class)
public interface PostHogAdminClient {

    @GetMapping("/api/projects/{projectId}/feature_flags/")
    FlagPage listFlags(@PathVariable("projectId") long projectId,
                       @RequestParam("offset") int offset,
                       @RequestParam("limit") int limit);

    @GetMapping("/api/projects/{projectId}/feature_flags/{id}/")
    FlagDefinition getFlag(@PathVariable("projectId") long projectId, @PathVariable("id") long id);

    @PatchMapping("/api/projects/{projectId}/feature_flags/{id}/")
    FlagDefinition patchFlag(@PathVariable("projectId") long projectId,
                             @PathVariable("id") long id,
                             @RequestBody Map<String, Object> patch);

    /** One page of PostHog's paginated feature flag listing. */
    record FlagPage(int count, String next, String previous, List<FlagDefinition> results) {

        public boolean hasNext() {
            return next != null && !next.isBlank();
        }
    }
}
