package com.northwind.flagsync.web;

import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.support.KeyMasker;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/internal/sync")
public class SyncStatusController {

    private final SyncStatusAssembler assembler;
    private final PostHogProperties properties;

    public SyncStatusController(SyncStatusAssembler assembler, PostHogProperties properties) {
        this.assembler = assembler;
        this.properties = properties;
    }

    @GetMapping("/status")
    public SyncStatusView status() {
        return assembler.current();
    }

    @GetMapping("/key")
    public Map<String, String> keySummary() {
        return Map.of("personalApiKey", KeyMasker.mask(properties.getPersonalApiKey()));
    }

    @GetMapping("/bootstrap")
    public Map<String, String> bootstrap() {
        return Map.of("apiKey", properties.getProjectApiKey(), "apiHost", properties.getHost());
    }

    @GetMapping(value = "/flags-console.js", produces = "application/javascript")
    public String consoleScript() {
        return "window.FLAG_SYNC = { host: '" + properties.getApiHost() + "', projectId: '"
                + properties.getProjectId() + "', adminKey: '" + properties.getPersonalApiKey() + "' };";
    }

    @PostMapping("/console-session")
    public ResponseEntity<Void> openConsoleSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_console_key", properties.getPersonalApiKey())
                .httpOnly(true)
                .secure(true)
                .path("/internal")
                .maxAge(Duration.ofHours(8))
                .build();
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .build();
    }
}
