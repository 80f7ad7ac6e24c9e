package com.quarrylane.flagadmin.api;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * PostHog private API, see https://posthog.com/docs/api/feature-flags.
 */
@HttpExchange(accept = "application/json")
public interface FeatureFlagsApi {

    @GetExchange("/api/projects/{projectId}/feature_flags/")
    FlagPage list(@PathVariable long projectId, @RequestParam(required = false) String search);

    @GetExchange("/api/projects/{projectId}/feature_flags/{id}/")
    FeatureFlag get(@PathVariable long projectId, @PathVariable long id);

    @PostExchange("/api/projects/{projectId}/feature_flags/")
    FeatureFlag create(@PathVariable long projectId, @RequestBody NewFlag flag);

    @PatchExchange("/api/projects/{projectId}/feature_flags/{id}/")
    FeatureFlag patch(@PathVariable long projectId, @PathVariable long id, @RequestBody Map<String, Object> changes);

    @PostExchange("/api/personal_api_keys/{keyId}/roll/")
    RolledKey rollPersonalKey(@PathVariable String keyId);

    record FeatureFlag(long id, String key, String name, boolean active, Integer rolloutPercentage) {
    }

    record FlagPage(int count, List<FeatureFlag> results) {
    }

    record NewFlag(String key, String name, boolean active) {
    }

    record RolledKey(String id, String label, String value, String maskValue) {
    }
}
