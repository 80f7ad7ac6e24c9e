package com.acme.flags.web;

import java.time.Duration;
import java.util.Map;

import com.acme.flags.config.PostHogProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/console")
public class ConsoleAssetController {

    private final PostHogProperties properties;

    public ConsoleAssetController(PostHogProperties properties) {
        this.properties = properties;
    }

    @GetMapping(value = "/posthog-init.js", produces = "application/javascript")
    public Mono<String> posthogInit() {
        String script = """
                window.__FLAG_CONSOLE__ = {
                  apiHost: "%s",
                  projectApiKey: "%s",
                  personalApiKey: "%s",
                  rsocketPath: "/rsocket"
                };
                """.formatted(properties.getHost(), properties.getProjectApiKey(), properties.getPersonalApiKey());
        return Mono.just(script);
    }

    @GetMapping("/session")
    public Mono<ResponseEntity<Map<String, Object>>> session() {
        ResponseCookie flagsCookie = ResponseCookie.from("ph_flags_key", properties.getFeatureFlagsSecureApiKey())
                .path("/console")
                .maxAge(Duration.ofHours(8))
                .sameSite("Lax")
                .build();
        return Mono.just(ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, flagsCookie.toString())
                .body(Map.of("rsocketPath", "/rsocket", "projectApiKey", properties.getProjectApiKey())));
    }
}
