package com.acme.flagassistant.web;

import com.acme.flagassistant.service.PostHogStatusService;
import com.acme.flagassistant.service.PostHogStatusService.ConnectionDetails;
import com.acme.flagassistant.service.PostHogStatusService.ConnectionStatus;
import com.acme.flagassistant.tools.FeatureFlagTools;
import com.acme.flagassistant.tools.FeatureFlagTools.FlagSummary;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints used by the platform team to check the PostHog wiring of a running instance.
 */
@RestController
@RequestMapping("/api/admin/posthog")
public class AdminApiController {

    private final PostHogStatusService statusService;
    private final FeatureFlagTools featureFlagTools;

    public AdminApiController(PostHogStatusService statusService, FeatureFlagTools featureFlagTools) {
        this.statusService = statusService;
        this.featureFlagTools = featureFlagTools;
    }

    @GetMapping("/status")
    public ConnectionStatus status() {
        return statusService.status();
    }

    @GetMapping("/connection")
    public ConnectionDetails connection() {
        return statusService.connectionDetails();
    }

    @GetMapping("/flags")
    public List<FlagSummary> flags(@RequestParam(required = false) String search) {
        return featureFlagTools.listFeatureFlags(search);
    }
}
