package com.northwind.flagrpc.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flagrpc.client.PostHogAdminClient;
import com.northwind.flagrpc.config.PostHogProperties;
import com.northwind.flagrpc.support.KeyMasker;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/flags")
public class FlagAdminController {

    /** What the admin SPA needs to talk to PostHog directly. */
    public record ClientBootstrap(String projectKey, String localEvaluationKey, String host) {
    }

    private final PostHogProperties properties;
    private final PostHogAdminClient adminClient;

    public FlagAdminController(PostHogProperties properties, PostHogAdminClient adminClient) {
        this.properties = properties;
        this.adminClient = adminClient;
    }

    @GetMapping("/bootstrap")
    public ClientBootstrap bootstrap() {
        return new ClientBootstrap(properties.getProjectApiKey(), properties.getPersonalApiKey(), properties.getHost());
    }

    @GetMapping("/key-status")
    public Map<String, Object> keyStatus() {
        String personalKey = properties.getPersonalApiKey();
        return Map.of(
                "personalKeyConfigured", personalKey != null,
                "personalKey", KeyMasker.mask(personalKey));
    }

    @GetMapping("/definitions")
    public JsonNode definitions() {
        return adminClient.listFlags();
    }

    @GetMapping("/open-in-posthog")
    public ResponseEntity<Void> openInPostHog() {
        String target = properties.getAdminHost() + "/project/" + properties.getProjectId()
                + "/feature_flags?personal_api_key=" + properties.getPersonalApiKey();
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target)).build();
    }

    @GetMapping("/sdk-session")
    public ResponseEntity<Void> sdkSession() {
        Duration ttl = Duration.ofHours(8);
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, ResponseCookie.from("ph_flags_secure", properties.getFeatureFlagsSecureApiKey()).path("/admin").maxAge(ttl).build().toString()).build();
    }
}
