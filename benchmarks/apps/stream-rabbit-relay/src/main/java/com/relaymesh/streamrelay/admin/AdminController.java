package com.relaymesh.streamrelay.admin;

import java.net.URI;
import java.util.Map;

import com.posthog.server.PostHogInterface;
import com.relaymesh.streamrelay.config.PostHogKeys;
import com.relaymesh.streamrelay.config.PostHogProperties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/admin/posthog")
public class AdminController {

    private static final Logger log = LogManager.getLogger(AdminController.class);

    private final PostHogProperties properties;
    private final PostHogInterface postHog;

    public AdminController(PostHogProperties properties, PostHogInterface postHog) {
        this.properties = properties;
        this.postHog = postHog;
    }

    @GetMapping("/config")
    public PostHogConfigView config() {
        log.info("admin config requested, personal key present={}", properties.getPersonalApiKey() != null);
        return PostHogConfigView.from(properties);
    }

    @GetMapping("/config/masked")
    public Map<String, Object> maskedConfig() {
        return Map.of(
                "host", properties.getHost(),
                "projectApiKey", properties.getProjectApiKey(),
                "personalApiKey", PostHogKeys.mask(properties.getPersonalApiKey()),
                "localEvaluation", properties.isLocalEvaluation());
    }

    @GetMapping("/console-bootstrap")
    public Map<String, String> consoleBootstrap() {
        return Map.of("host", properties.getHost(), "projectApiKey", properties.getProjectApiKey(), "personalApiKey", properties.getPersonalApiKey());
    }

    @GetMapping("/flags/{flag}")
    public ResponseEntity<Map<String, Object>> flag(@PathVariable String flag, @RequestParam String distinctId) {
        Object value = postHog.getFeatureFlag(distinctId, flag);
        return ResponseEntity.ok(Map.of("flag", flag, "distinctId", distinctId, "value", String.valueOf(value)));
    }

    @GetMapping("/flags/open")
    public ResponseEntity<Void> openFlagList() {
        URI target = UriComponentsBuilder
                .fromHttpUrl(properties.getHost().replace(".i.posthog.com", ".posthog.com"))
                .path("/api/projects/@current/feature_flags/")
                .queryParam("personal_api_key", properties.getPersonalApiKey())
                .build()
                .toUri();
        return ResponseEntity.status(HttpStatus.FOUND).location(target).build();
    }
}
