package io.lumenrail.flaggate.web;

import java.util.Map;

import io.lumenrail.flaggate.config.PostHogProperties;
import io.lumenrail.flaggate.service.FlagSyncService;
import io.lumenrail.flaggate.web.ClientBootstrapFactory.ClientBootstrap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/flags")
public class BootstrapController {

    private final FlagSyncService flagSyncService;
    private final ClientBootstrapFactory bootstrapFactory;
    private final PostHogProperties properties;

    public BootstrapController(FlagSyncService flagSyncService, ClientBootstrapFactory bootstrapFactory,
                               PostHogProperties properties) {
        this.flagSyncService = flagSyncService;
        this.bootstrapFactory = bootstrapFactory;
        this.properties = properties;
    }

    @GetMapping("/bootstrap")
    public ClientBootstrap bootstrap(@RequestHeader(name = "X-User-Id", required = false) String userId) {
        if (userId == null || userId.isBlank()) {
            return bootstrapFactory.anonymous();
        }
        ClientBootstrap bootstrap = bootstrapFactory.forUser(userId, flagSyncService.evaluateAll(userId));
        return bootstrap;
    }

    @GetMapping("/public-config")
    public Map<String, String> publicConfig() {
        return Map.of("apiKey", properties.getProjectApiKey(), "apiHost", properties.getHost());
    }

    @GetMapping("/key-status")
    public KeyStatus keyStatus() {
        String key = properties.getPersonalApiKey();
        String hint = key == null || key.length() < 16 ? null : "phx_..." + key.substring(key.length() - 4);
        return new KeyStatus("personal", key != null, hint);
    }

    public record KeyStatus(String kind, boolean configured, String hint) {
    }
}
