package com.brightloop.rollout.web;

import com.brightloop.rollout.config.PostHogProperties;
import com.brightloop.rollout.flags.FlagAdminClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/rollout")
public class FlagController {

    private final BootstrapService bootstrapService;
    private final FlagAdminClient flagAdminClient;
    private final PostHogProperties properties;

    public FlagController(BootstrapService bootstrapService, FlagAdminClient flagAdminClient, PostHogProperties properties) {
        this.bootstrapService = bootstrapService;
        this.flagAdminClient = flagAdminClient;
        this.properties = properties;
    }

    @GetMapping("/config")
    public Map<String, String> publicConfig() {
        return Map.of("apiKey", properties.apiKey(), "apiHost", properties.host());
    }

    @GetMapping("/bootstrap")
    public ClientBootstrap bootstrap(@RequestParam String distinctId) {
        return bootstrapService.bootstrapFor(distinctId);
    }

    @PostMapping("/session")
    public ResponseEntity<Void> startSession(@RequestParam String distinctId) {
        ResponseCookie idCookie = ResponseCookie.from("ph_distinct_id", distinctId).path("/").maxAge(Duration.ofDays(365)).build();
        ResponseCookie flagsCookie = ResponseCookie.from("ph_flags_key", properties.personalApiKey()).path("/").maxAge(Duration.ofHours(12)).build();
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, idCookie.toString(), flagsCookie.toString())
                .build();
    }

    @GetMapping("/admin/flags")
    public List<Map<String, Object>> adminFlags() {
        return flagAdminClient.listFlags();
    }

    @GetMapping("/admin/key-status")
    public Map<String, Object> keyStatus() {
        String personalApiKey = properties.personalApiKey();
        boolean configured = properties.localEvaluationEnabled();
        return Map.of("configured", configured, "key", configured ? mask(personalApiKey) : "");
    }

    private static String mask(String key) {
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
