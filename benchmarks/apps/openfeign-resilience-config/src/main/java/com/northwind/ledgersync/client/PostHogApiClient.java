package com.northwind.ledgersync.client;

import com.northwind.ledgersync.config.PostHogProperties;
import feign.RequestInterceptor;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * PostHog private API (flag definitions) plus the public capture endpoint.
 */
@FeignClient(name = "posthog-api", url = "${posthog.api-host}", configuration = PostHogApiClient.Config.class)
public interface PostHogApiClient {

    @GetMapping("/api/projects/{projectId}/feature_flags/")
    FeatureFlagPage listFeatureFlags(@PathVariable("projectId") long projectId, @RequestParam("limit") int limit);

    @PostMapping(value = "/capture/", consumes = MediaType.APPLICATION_JSON_VALUE)
    void capture(@RequestBody Map<String, Object> event);

    record FeatureFlagPage(int count, List<FeatureFlag> results) {
    }

    record FeatureFlag(long id, String key, boolean active) {
    }

    class Config {

        @Bean
        RequestInterceptor postHogBearerInterceptor(
                PostHogProperties properties,
                @Value("${posthog.oauth.access-token:pha_QHajM56XErBikjgcvHvrPJsBcSYRRLm6RBudoQ6xScAZmchn}") String oauthAccessToken) {
            return new PostHogBearerInterceptor(properties, oauthAccessToken);
        }
    }
}
