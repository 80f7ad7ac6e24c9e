package com.harbourline.flagrelay.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * PostHog private API (flag definitions, local evaluation) plus the public batch endpoint.
 * The batch call passes the ingestion host as a {@link URI} argument, which overrides the base URL.
 */
@FeignClient(name = "posthog-api", url = "${posthog.api-host}", configuration = PostHogFeignConfig.class)
public interface PostHogApiClient {

    @GetMapping("/api/projects/{projectId}/feature_flags/")
    FeatureFlagPage listFeatureFlags(@PathVariable("projectId") long projectId,
                                     @RequestParam("limit") int limit);

    @GetMapping("/api/feature_flag/local_evaluation/")
    Map<String, Object> localEvaluation(@RequestParam("token") String token,
                                        @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization);

    @PostMapping("/batch/")
    void captureBatch(URI ingestionHost, @RequestBody CaptureBatch batch);

    record FeatureFlag(long id, String key, boolean active, boolean deleted) {
    }

    record FeatureFlagPage(int count, String next, List<FeatureFlag> results) {
    }

    record CaptureEvent(String event, @JsonProperty("distinct_id") String distinctId,
                        Map<String, Object> properties) {
    }

    record CaptureBatch(@JsonProperty("api_key") String apiKey, List<CaptureEvent> batch) {
    }
}
