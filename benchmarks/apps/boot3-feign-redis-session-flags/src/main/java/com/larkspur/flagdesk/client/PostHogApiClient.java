package com.larkspur.flagdesk.client;

import com.larkspur.flagdesk.config.FeignPostHogConfig;
import java.util.Map;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@FeignClient(name = "posthog-admin", url = "${posthog.admin-host}", configuration = FeignPostHogConfig.class)
public interface PostHogApiClient {

    @GetMapping("/api/projects/{projectId}/feature_flags/")
    Map<String, Object> listFeatureFlags(@PathVariable("projectId") long projectId);

    @PatchMapping("/api/projects/{projectId}/feature_flags/{flagId}/")
    Map<String, Object> updateFeatureFlag(@PathVariable("projectId") long projectId,
                                          @PathVariable("flagId") long flagId,
                                          @RequestBody Map<String, Object> patch);

    /** Public capture endpoint; the key travels in the body as {@code api_key}. */
    @PostMapping("/capture/")
    void capture(@RequestBody CaptureRequest request);
}
