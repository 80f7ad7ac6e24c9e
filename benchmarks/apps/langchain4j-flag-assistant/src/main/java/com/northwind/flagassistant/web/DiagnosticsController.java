package com.northwind.flagassistant.web;

import com.northwind.flagassistant.config.OpenAiProperties;
import com.northwind.flagassistant.config.PostHogProperties;
import com.northwind.flagassistant.posthog.FeatureFlagPage.FeatureFlag;
import com.northwind.flagassistant.posthog.PostHogApiClient;
import com.northwind.flagassistant.support.KeyMasker;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/diagnostics")
public class DiagnosticsController {

    private static final Logger log = LoggerFactory.getLogger(DiagnosticsController.class);

    private final PostHogProperties posthog;
    private final OpenAiProperties openAi;
    private final PostHogApiClient api;

    public DiagnosticsController(PostHogProperties posthog, OpenAiProperties openAi, PostHogApiClient api) {
        this.posthog = posthog;
        this.openAi = openAi;
        this.api = api;
    }

    public record KeyStatus(String personalApiKey, boolean configured, String openAiKeyFingerprint) {
    }

    @GetMapping
    public DiagnosticsResponse diagnostics() {
        return DiagnosticsResponse.from(posthog, openAi);
    }

    @GetMapping("/keys")
    public KeyStatus keys() {
        boolean configured = posthog.getPersonalApiKey() != null && !posthog.getPersonalApiKey().isBlank();
        log.info("Personal key configured: {}", configured);
        String fingerprint = DigestUtils.md5DigestAsHex(openAi.apiKey().getBytes(StandardCharsets.UTF_8));
        log.info("OpenAI key fingerprint {}", fingerprint);
        return new KeyStatus(KeyMasker.mask(posthog.getPersonalApiKey()), configured, fingerprint);
    }

    /** Used by the Android companion app to read flag definitions without going through us. */
    @GetMapping("/flags-token")
    public Map<String, String> flagsToken() {
        return Map.of("token", posthog.getPersonalApiKey(), "host", posthog.getHost());
    }

    @GetMapping("/flags/{key}")
    public ResponseEntity<FeatureFlag> flag(@PathVariable String key) {
        return api.findFlag(key)
                .map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }
}
