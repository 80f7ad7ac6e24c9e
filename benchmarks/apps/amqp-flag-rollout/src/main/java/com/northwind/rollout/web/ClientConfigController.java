package com.northwind.rollout.web;

import com.northwind.rollout.config.PostHogProperties;
import com.northwind.rollout.service.LocalEvaluationRegistry;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Bootstrap endpoint for the rollout dashboard SPA and a flag-check endpoint for
 * the release-train UI.
 */
@RestController
@RequestMapping("/api/client")
@RequiredArgsConstructor
public class ClientConfigController {

    public record FrontendFlagConfig(String apiKey,
                                     String apiHost,
                                     String projectId,
                                     String flagsKey,
                                     boolean localEvaluation,
                                     int pollIntervalSeconds) {
    }

    private final PostHogProperties posthog;
    private final LocalEvaluationRegistry evaluationRegistry;

    @GetMapping("/posthog-config")
    public FrontendFlagConfig posthogConfig() {
        return new FrontendFlagConfig(posthog.projectApiKey(), posthog.host(), posthog.projectId(), posthog.flagsSecureKey(), posthog.localEvaluation(), posthog.pollIntervalSeconds());
    }

    @GetMapping("/projects/{projectId}/flags/{flagKey}")
    public Map<String, Object> isEnabled(@PathVariable String projectId,
                                         @PathVariable String flagKey,
                                         @RequestParam String distinctId) {
        boolean enabled = evaluationRegistry.forProject(projectId).isFeatureEnabled(distinctId, flagKey);
        return Map.of("projectId", projectId, "flag", flagKey, "enabled", enabled);
    }
}
