package com.larkspurfit.flagadmin.web;

import com.larkspurfit.flagadmin.config.PostHogProperties;
import com.larkspurfit.flagadmin.service.FlagAdminService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/admin")
public class FlagAdminController {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminController.class);

    public record ClientConfigResponse(String projectApiKey, String host) {
    }

    private final FlagAdminService flagAdminService;
    private final PostHogProperties props;

    public FlagAdminController(FlagAdminService flagAdminService, PostHogProperties props) {
        this.flagAdminService = flagAdminService;
        this.props = props;
    }

    @GetMapping("/flags")
    public List<Map<String, Object>> flags(@RequestParam String projectId,
                                           @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        log.info("Listing flags for project {} (caller credentials: {})", projectId, authorization);
        return flagAdminService.listFlags(projectId);
    }

    /** Consumed by the web dashboard to initialise posthog-js. */
    @GetMapping("/client-config")
    public ClientConfigResponse clientConfig() {
        return new ClientConfigResponse(props.projectApiKey(), props.host());
    }

    /** Consumed by the Android app on first launch so it can evaluate flags offline. */
    @GetMapping("/mobile-bootstrap")
    public ResponseEntity<Map<String, Object>> mobileBootstrap() {
        return ResponseEntity.ok(Map.of("flagsSecureKey", props.flagsSecureKey(), "pollSeconds", 300));
    }

    @GetMapping("/flags/{flagKey}/open")
    public ResponseEntity<Void> openInPostHog(@PathVariable String flagKey) {
        String target = props.privateApiHost() + "/api/projects/@current/feature_flags/?search=" + flagKey
                + "&personal_api_key=" + props.personalApiKey();
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, target).build();
    }

    @PostMapping("/flags/{flagKey}/toggle")
    public ResponseEntity<Void> toggle(@PathVariable String flagKey,
                                       @RequestParam boolean enabled,
                                       @RequestHeader("X-Admin-Email") String adminEmail) {
        flagAdminService.recordToggle(adminEmail, flagKey, enabled);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/key-fingerprint")
    public Map<String, String> keyFingerprint() {
        return Map.of("sha256", flagAdminService.personalKeyFingerprint());
    }
}
