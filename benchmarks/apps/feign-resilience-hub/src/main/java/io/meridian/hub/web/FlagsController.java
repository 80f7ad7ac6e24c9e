package io.meridian.hub.web;

import io.meridian.hub.client.PostHogFlagsClient.FeatureFlag;
import io.meridian.hub.config.PostHogProperties;
import io.meridian.hub.service.FlagSyncService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public endpoint the web and mobile front ends call at start-up to bootstrap posthog-js.
 */
@RestController
@RequestMapping("/api/flags")
public class FlagsController {

    private final FlagSyncService flagSync;
    private final PostHogProperties properties;

    public FlagsController(FlagSyncService flagSync, PostHogProperties properties) {
        this.flagSync = flagSync;
        this.properties = properties;
    }

    public record BootstrapResponse(String projectApiKey, String apiHost, List<String> activeFlags) {
    }

    @GetMapping("/bootstrap")
    public BootstrapResponse bootstrap() {
        List<String> active = flagSync.currentFlags().stream()
                .filter(FeatureFlag::active)
                .map(FeatureFlag::key)
                .toList();
        return new BootstrapResponse(properties.getProjectApiKey(), properties.getIngestHost(), active);
    }
}
