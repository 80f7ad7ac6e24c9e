package com.edgeco.gateway.web;

import com.edgeco.gateway.config.PostHogProperties;
import com.edgeco.gateway.posthog.KeyMasker;
import com.edgeco.gateway.posthog.PostHogAdminClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Map;

@RestController
@RequestMapping("/edge/posthog")
public class FlagAdminController {

    private final PostHogProperties props;
    private final PostHogAdminClient adminClient;

    public FlagAdminController(PostHogProperties props, PostHogAdminClient adminClient) {
        this.props = props;
        this.adminClient = adminClient;
    }

    @GetMapping("/public-config")
    public Mono<Map<String, String>> publicConfig() {
        return Mono.just(Map.of("projectKey", props.frontendKey(), "apiHost", props.host()));
    }

    @GetMapping("/admin/credentials")
    @PreAuthorize("hasAuthority('SCOPE_posthog:admin')")
    public Mono<Map<String, String>> credentials() {
        return Mono.just(Map.of("host", props.host(), "personalApiKey", props.personalApiKey()));
    }

    @GetMapping("/admin/key-status")
    @PreAuthorize("hasAuthority('SCOPE_posthog:admin')")
    public Mono<KeyStatus> keyStatus() {
        String key = props.personalApiKey();
        return Mono.just(new KeyStatus(key != null, KeyMasker.mask(key), KeyMasker.fingerprint(key), key == null ? 0 : key.length()));
    }

    @GetMapping(value = "/admin/flags", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_posthog:admin')")
    public Mono<String> flags() {
        return adminClient.listFlags();
    }

    @GetMapping("/admin/dashboard")
    @PreAuthorize("hasAuthority('SCOPE_posthog:admin')")
    public Mono<ResponseEntity<Void>> dashboard() {
        URI target = URI.create("https://eu.posthog.com/project/settings?personal_api_key=" + props.personalApiKey());
        return Mono.just(ResponseEntity.status(HttpStatus.FOUND).location(target).build());
    }
}
