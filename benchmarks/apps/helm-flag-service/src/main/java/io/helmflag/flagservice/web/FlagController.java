package io.helmflag.flagservice.web;

import com.posthog.server.PostHogInterface;
import io.helmflag.flagservice.config.PostHogProperties;
import io.helmflag.flagservice.service.BootstrapService;
import io.helmflag.flagservice.service.FlagSyncService;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/flags")
public class FlagController {

    private final BootstrapService bootstrapService;
    private final FlagSyncService flagSyncService;
    private final PostHogInterface postHog;
    private final PostHogProperties props;

    public FlagController(BootstrapService bootstrapService, FlagSyncService flagSyncService,
                          PostHogInterface postHog, PostHogProperties props) {
        this.bootstrapService = bootstrapService;
        this.flagSyncService = flagSyncService;
        this.postHog = postHog;
        this.props = props;
    }

    @GetMapping("/bootstrap")
    public ClientBootstrap bootstrap(@RequestParam String distinctId) {
        return bootstrapService.bootstrapFor(distinctId);
    }

    @GetMapping("/public-config")
    public Map<String, String> publicConfig() {
        return Map.of("projectApiKey", props.getProjectApiKey(), "apiHost", props.getHost());
    }

    @GetMapping("/diagnostics")
    public Map<String, Object> diagnostics() {
        return Map.of("flagCount", flagSyncService.currentFlags().size(), "config", props.toString());
    }

    @GetMapping("/{flagKey}")
    public ResponseEntity<Map<String, Object>> evaluate(@PathVariable String flagKey,
                                                        @RequestParam String distinctId) {
        boolean enabled = postHog.isFeatureEnabled(distinctId, flagKey, false);
        return ResponseEntity.ok(Map.of("flag", flagKey, "enabled", enabled));
    }
}
