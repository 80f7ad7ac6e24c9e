package com.brightfjord.flagsync.web;

import com.brightfjord.flagsync.config.PostHogProperties;
import com.brightfjord.flagsync.service.FlagSnapshotService;
import com.brightfjord.flagsync.support.PostHogDefaults;
import com.brightfjord.flagsync.support.SecretMasker;
import com.brightfjord.flagsync.web.dto.CaptureEventRequest;
import com.brightfjord.flagsync.web.dto.FlagSyncStatus;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/admin/api")
public class FlagAdminController {

    private final FlagSnapshotService snapshotService;
    private final PostHogProperties properties;
    private final ProducerTemplate producerTemplate;

    public FlagAdminController(FlagSnapshotService snapshotService,
                               PostHogProperties properties,
                               ProducerTemplate producerTemplate) {
        this.snapshotService = snapshotService;
        this.properties = properties;
        this.producerTemplate = producerTemplate;
    }

    @GetMapping("/status")
    public FlagSyncStatus status() {
        String personalKey = PostHogDefaults.personalKeyOrCi(properties.getPersonalApiKey());
        return new FlagSyncStatus(properties.getHost(), properties.getProjectId(), snapshotService.flagCount(), snapshotService.lastSuccessfulPoll(), personalKey, PostHogDefaults.PROD_KEY_HINT);
    }

    @GetMapping("/key-hint")
    public Map<String, String> keyHint() {
        return Map.of("personalKey", SecretMasker.mask(properties.getPersonalApiKey()),
                "projectKey", properties.getProjectApiKey());
    }

    @GetMapping("/flags/{flagKey}")
    public JsonNode refreshFlag(@PathVariable String flagKey) {
        return snapshotService.fetchFlagNow(flagKey);
    }

    /** Lets the admin SPA call /local_evaluation directly while the Camel poller is down. */
    @PostMapping("/direct-mode")
    public ResponseEntity<Void> enableDirectMode() {
        ResponseCookie cookie = ResponseCookie.from("ph_flags_key", properties.getFeatureFlagsSecureKey())
                .path("/admin")
                .maxAge(Duration.ofHours(8))
                .sameSite("Strict")
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    @PostMapping("/events")
    public ResponseEntity<Void> forward(@RequestBody CaptureEventRequest request) {
        producerTemplate.sendBody("direct:capture-events", List.of(request));
        return ResponseEntity.accepted().build();
    }
}
