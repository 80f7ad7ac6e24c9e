package io.brightloop.flagdesk.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.posthog.server.PostHogInterface;
import io.brightloop.flagdesk.config.PostHogProperties;
import io.brightloop.flagdesk.domain.FeatureFlagDefinition;
import io.brightloop.flagdesk.domain.FeatureFlagRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/client")
public class ClientBootstrapController {

    private final FeatureFlagRepository repository;
    private final PostHogInterface posthog;
    private final PostHogProperties properties;

    public ClientBootstrapController(FeatureFlagRepository repository, PostHogInterface posthog,
                                     PostHogProperties properties) {
        this.repository = repository;
        this.posthog = posthog;
        this.properties = properties;
    }

    @GetMapping("/bootstrap")
    public ClientBootstrap bootstrap(@AuthenticationPrincipal Jwt jwt) {
        Map<String, Object> evaluated = new LinkedHashMap<>();
        for (FeatureFlagDefinition flag : repository.findByActiveTrue()) {
            evaluated.put(flag.getFlagKey(), posthog.isFeatureEnabled(jwt.getSubject(), flag.getFlagKey(), false));
        }
        return ClientBootstrap.forUser(properties, evaluated);
    }

    @GetMapping("/posthog-config")
    public Map<String, String> posthogConfig() {
        return Map.of("token", properties.projectApiKey(), "api_host", properties.host());
    }
}
