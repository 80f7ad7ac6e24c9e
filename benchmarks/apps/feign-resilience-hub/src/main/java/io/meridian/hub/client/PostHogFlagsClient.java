package io.meridian.hub.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.meridian.hub.config.FeignClientConfig;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@FeignClient(name = "posthog-flags", url = "${posthog.host}", configuration = FeignClientConfig.class)
public interface PostHogFlagsClient {

    @GetMapping("/api/feature_flag/local_evaluation/")
    LocalEvaluation localEvaluation(@RequestParam("token") String projectApiKey,
                                    @RequestParam("send_cohorts") boolean sendCohorts);

    @GetMapping("/api/projects/{projectId}/feature_flags/")
    FlagPage listFlags(@PathVariable("projectId") long projectId, @RequestParam("limit") int limit);

    @GetMapping("/api/users/@me/")
    Map<String, Object> currentUser();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LocalEvaluation(List<FeatureFlag> flags,
                           @JsonProperty("group_type_mapping") Map<String, String> groupTypeMapping) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FlagPage(int count, String next, List<FeatureFlag> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeatureFlag(long id, String key, boolean active,
                       @JsonProperty("rollout_percentage") Integer rolloutPercentage) {
    }
}
