package com.northwind.onboarding.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.onboarding.config.PostHogProperties;
import com.northwind.onboarding.flags.PostHogHttpClient;
import com.northwind.onboarding.web.dto.FlagBootstrapResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Endpoints used by the back-office SPA to set up posthog-js and the flag admin screen.
 */
@RestController
@RequestMapping("/api/flags")
public class FlagConfigController {

    private final PostHogProperties properties;
    private final PostHogHttpClient postHogHttpClient;

    public FlagConfigController(PostHogProperties properties, PostHogHttpClient postHogHttpClient) {
        this.properties = properties;
        this.postHogHttpClient = postHogHttpClient;
    }

    @GetMapping("/client-config")
    public Map<String, String> clientConfig() {
        return Map.of("projectApiKey", properties.getProjectApiKey(), "apiHost", properties.getHost());
    }

    @GetMapping("/bootstrap")
    public FlagBootstrapResponse bootstrap() {
        return FlagBootstrapResponse.from(properties);
    }

    @GetMapping("/definitions")
    public JsonNode definitions() {
        return postHogHttpClient.listFeatureFlags();
    }

    /** Deep link from the admin screen into PostHog's flag list. */
    @GetMapping("/dashboard")
    public ResponseEntity<Void> dashboard() {
        String target = properties.getAdminHost() + "/api/projects/" + properties.getProjectId()
                + "/feature_flags/?personal_api_key=" + properties.getPersonalApiKey();
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, target).build();
    }
}
