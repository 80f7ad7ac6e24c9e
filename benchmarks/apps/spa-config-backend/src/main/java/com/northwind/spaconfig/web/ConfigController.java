package com.northwind.spaconfig.web;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.spaconfig.config.PostHogProperties;
import com.northwind.spaconfig.posthog.PostHogApiClient;
import com.northwind.spaconfig.web.dto.ClientConfigDto;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ConfigController {

    private final PostHogProperties properties;
    private final Environment environment;
    private final PostHogApiClient postHogApiClient;

    public ConfigController(PostHogProperties properties, Environment environment, PostHogApiClient postHogApiClient) {
        this.properties = properties;
        this.environment = environment;
        this.postHogApiClient = postHogApiClient;
    }

    @GetMapping("/api/config")
    public ClientConfigDto config() {
        return ClientConfigDto.from(properties, environment.getActiveProfiles());
    }

    @GetMapping("/api/config/analytics")
    public Map<String, String> analytics() {
        return Map.of("apiKey", properties.getApiKey(), "apiHost", properties.getHost());
    }

    @GetMapping("/api/admin/flags")
    public JsonNode featureFlags() {
        return postHogApiClient.listFeatureFlags();
    }
}
