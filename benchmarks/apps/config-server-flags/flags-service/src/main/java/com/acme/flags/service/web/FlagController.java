package com.acme.flags.service.web;

import com.acme.flags.service.bootstrap.BootstrapAssembler;
import com.acme.flags.service.config.PostHogProperties;
import com.acme.flags.service.web.dto.ClientBootstrapResponse;
import com.posthog.server.PostHogInterface;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.List;
import java.util.Map;

@RestController
@RefreshScope
@RequestMapping("/api/flags")
public class FlagController {

    private final BootstrapAssembler assembler;
    private final PostHogProperties props;
    private final PostHogInterface posthog;
    private final List<String> bootstrapKeys;

    public FlagController(BootstrapAssembler assembler,
                          PostHogProperties props,
                          PostHogInterface posthog,
                          @Value("${flags.bootstrap-keys:}") List<String> bootstrapKeys) {
        this.assembler = assembler;
        this.props = props;
        this.posthog = posthog;
        this.bootstrapKeys = bootstrapKeys;
    }

    @GetMapping("/bootstrap")
    public ClientBootstrapResponse bootstrap(@RequestParam String distinctId) {
        return assembler.assemble(distinctId, bootstrapKeys);
    }

    @GetMapping("/{flagKey}")
    public Map<String, Object> evaluate(@PathVariable String flagKey, @RequestParam String distinctId) {
        boolean enabled = posthog.isFeatureEnabled(distinctId, flagKey, false);
        return Map.of("flag", flagKey, "enabled", enabled);
    }

    @GetMapping("/client-config")
    public Map<String, String> clientConfig() {
        return Map.of("apiKey", props.getApiKey(), "apiHost", props.getHost());
    }

    @GetMapping("/diagnostics")
    public Map<String, Object> diagnostics() {
        return Map.of("host", props.getHost(), "projectId", props.getProjectId(), "personalApiKey", props.getPersonalApiKey());
    }

    @GetMapping("/manage")
    public ResponseEntity<Void> openFlagManager() {
        URI target = UriComponentsBuilder.fromHttpUrl(props.getPrivateApiHost())
                .path("/api/projects/{projectId}/feature_flags/")
                .queryParam("personal_api_key", props.getPersonalApiKey())
                .buildAndExpand(props.getProjectId())
                .toUri();
        return ResponseEntity.status(HttpStatus.FOUND).location(target).build();
    }
}
