package io.flagplat.api.web;

import io.flagplat.common.config.PostHogSettings;
import io.flagplat.common.posthog.FlagEvaluationException;
import io.flagplat.common.posthog.FlagGateway;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/flags")
public class FlagController {

    private static final Logger log = LoggerFactory.getLogger(FlagController.class);
    private static final List<String> BOOTSTRAP_FLAGS = List.of("new-checkout", "beta-dashboard", "dark-mode");

    private final FlagGateway gateway;
    private final PostHogSettings settings;

    public FlagController(FlagGateway gateway, PostHogSettings settings) {
        this.gateway = gateway;
        this.settings = settings;
    }

    @GetMapping("/{flagKey}")
    public ResponseEntity<Map<String, Object>> evaluate(@PathVariable String flagKey, @RequestParam String distinctId) {
        try {
            boolean enabled = gateway.isEnabled(distinctId, flagKey);
            return ResponseEntity.ok(Map.of("flag", flagKey, "enabled", enabled));
        } catch (FlagEvaluationException e) {
            log.warn("Flag {} could not be evaluated (status {})", e.getFlagKey(), e.getStatusCode());
            return ResponseEntity.status(HttpStatus.BAD_GATEWAY).build();
        }
    }

    @GetMapping("/client-config")
    public ClientConfigDto clientConfig(@RequestParam String distinctId) {
        return ClientConfigDto.publicOnly(settings, bootstrap(distinctId));
    }

    @GetMapping("/client-config/mobile")
    public ClientConfigDto mobileClientConfig(@RequestParam String distinctId) {
        return ClientConfigDto.withLocalEvaluation(settings, bootstrap(distinctId));
    }

    private Map<String, Boolean> bootstrap(String distinctId) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String flag : BOOTSTRAP_FLAGS) {
            flags.put(flag, gateway.isEnabled(distinctId, flag));
        }
        return flags;
    }
}
