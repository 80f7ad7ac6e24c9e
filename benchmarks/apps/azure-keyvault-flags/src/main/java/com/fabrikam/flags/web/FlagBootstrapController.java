package com.fabrikam.flags.web;

import com.fabrikam.flags.config.PostHogProperties;
import com.fabrikam.flags.flags.FlagBootstrapService;
import com.fabrikam.flags.flags.FlagBootstrapService.ClientBootstrap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/flags")
public class FlagBootstrapController {

    private final FlagBootstrapService bootstrapService;
    private final PostHogProperties properties;

    public FlagBootstrapController(FlagBootstrapService bootstrapService, PostHogProperties properties) {
        this.bootstrapService = bootstrapService;
        this.properties = properties;
    }

    @GetMapping("/client-config")
    public Map<String, String> clientConfig() {
        return Map.of(
                "apiKey", properties.getProjectApiKey(),
                "apiHost", properties.getHost());
    }

    @GetMapping("/bootstrap")
    public ClientBootstrap bootstrap(@RequestParam String distinctId) {
        return bootstrapService.bootstrapFor(distinctId);
    }

    @GetMapping("/{flag}")
    public ResponseEntity<Map<String, Object>> evaluate(@PathVariable String flag,
                                                        @RequestParam String distinctId) {
        boolean enabled = bootstrapService.isEnabled(distinctId, flag);
        return ResponseEntity.ok(Map.of("flag", flag, "enabled", enabled));
    }
}
