package com.northwind.inventory.web;

import com.northwind.inventory.config.PostHogProperties;
import com.northwind.inventory.service.FeatureFlagService;
import com.northwind.inventory.web.dto.AnalyticsBootstrapResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/analytics")
public class AnalyticsController {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsController.class);

    public enum TokenMode {
        NONE,
        COOKIE,
        BEARER
    }

    public record PublicConfig(String projectApiKey, String host, TokenMode tokenMode) {
    }

    private final PostHogProperties props;
    private final FeatureFlagService featureFlagService;

    public AnalyticsController(PostHogProperties props, FeatureFlagService featureFlagService) {
        this.props = props;
        this.featureFlagService = featureFlagService;
    }

    @GetMapping("/config")
    public PublicConfig publicConfig() {
        String projectApiKey = props.getApiKey();
        return new PublicConfig(projectApiKey, props.getHost(), TokenMode.COOKIE);
    }

    @GetMapping("/bootstrap")
    public AnalyticsBootstrapResponse bootstrap(@RequestParam("distinctId") String distinctId) {
        Map<String, Boolean> flags = featureFlagService.flagsFor(distinctId);
        AnalyticsBootstrapResponse response = AnalyticsBootstrapResponse.from(distinctId, props, flags);
        log.info("Bootstrap payload: {}", response);
        return response;
    }

    @PostMapping("/sync")
    public ResponseEntity<Map<String, Integer>> sync() {
        int synced = featureFlagService.syncFlagDefinitions();
        return ResponseEntity.ok(Map.of("synced", synced));
    }
}
