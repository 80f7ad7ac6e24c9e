package io.lumenhq.growth.analytics.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;

@HttpExchange(url = "/api/projects/{projectId}", accept = MediaType.APPLICATION_JSON_VALUE)
public interface PostHogManagementApi {

    @GetExchange("/feature_flags/")
    FeatureFlagPage listFeatureFlags(@PathVariable long projectId, @RequestParam("limit") int limit);

    @PatchExchange(url = "/feature_flags/{flagId}/", contentType = MediaType.APPLICATION_JSON_VALUE)
    FeatureFlag updateFeatureFlag(@PathVariable long projectId, @PathVariable long flagId,
                                  @RequestBody Map<String, Object> patch);

    @PostExchange(url = "/cohorts/", contentType = MediaType.APPLICATION_JSON_VALUE)
    Cohort createCohort(@PathVariable long projectId, @RequestBody Cohort cohort);

    record FeatureFlagPage(int count, String next, List<FeatureFlag> results) {
    }

    record FeatureFlag(long id, String key, String name, boolean active, Map<String, Object> filters) {
    }

    record Cohort(Long id, String name, boolean isStatic, List<Map<String, Object>> groups) {
    }
}
