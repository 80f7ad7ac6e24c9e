package com.northwind.flaggate.web;

import com.northwind.flaggate.config.PostHogProperties;
import com.northwind.flaggate.domain.ApiClient;
import com.northwind.flaggate.domain.FlagOverride;
import com.northwind.flaggate.posthog.PostHogAdminClient;
import com.northwind.flaggate.service.FlagOverrideService;
import com.northwind.flaggate.service.FlagOverrideService.OverrideRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class FlagController {

    private static final Logger log = LoggerFactory.getLogger(FlagController.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FlagOverrideService flagOverrideService;
    private final PostHogAdminClient postHogAdminClient;
    private final PostHogProperties properties;
    private final MongoTemplate mongoTemplate;

    public FlagController(FlagOverrideService flagOverrideService, PostHogAdminClient postHogAdminClient,
                          PostHogProperties properties, MongoTemplate mongoTemplate) {
        this.flagOverrideService = flagOverrideService;
        this.postHogAdminClient = postHogAdminClient;
        this.properties = properties;
        this.mongoTemplate = mongoTemplate;
    }

    public record PublicConfig(String projectApiKey, String host) {
    }

    public record PostHogStatus(boolean personalKeyConfigured, String personalKey, int pollIntervalSeconds) {
    }

    public record RegisterClientRequest(@NotBlank String displayName, List<String> scopes, String callbackUrl) {
    }

    /** Unauthenticated: the marketing site initialises posthog-js with this. */
    @GetMapping("/public/config")
    public PublicConfig publicConfig() {
        return new PublicConfig(properties.getProjectApiKey(), properties.getHost());
    }

    @GetMapping("/flags/{flagKey}")
    public Map<String, Object> evaluate(@PathVariable String flagKey,
                                       @RequestHeader("X-Client-Version") String clientVersion,
                                       @AuthenticationPrincipal Jwt jwt) {
        Object value = flagOverrideService.evaluate(flagKey, jwt.getSubject());
        return Map.of("flag", flagKey, "value", value == null ? false : value, "clientVersion", clientVersion);
    }

    @PutMapping("/flags/{flagKey}/overrides")
    public FlagOverride upsertOverride(@PathVariable String flagKey, @RequestBody OverrideRequest request,
                                       @AuthenticationPrincipal Jwt jwt) {
        return flagOverrideService.upsert(flagKey, request, jwt);
    }

    @GetMapping("/flags/{flagKey}/overrides")
    public List<FlagOverride> overrides(@PathVariable String flagKey) {
        return flagOverrideService.overridesFor(flagKey);
    }

    /** Called once by the admin console when it loads. */
    @GetMapping("/bootstrap")
    public ClientBootstrapResponse bootstrap(@AuthenticationPrincipal Jwt jwt) {
        return flagOverrideService.bootstrapFor(jwt);
    }

    @GetMapping("/admin/posthog/flags")
    public Map<String, Object> upstreamFlags() {
        return postHogAdminClient.listFeatureFlags();
    }

    @GetMapping("/admin/posthog/status")
    public PostHogStatus postHogStatus() {
        String key = properties.getPersonalApiKey();
        String masked = (key == null || key.length() < 8) ? "not set" : key.substring(0, 4) + "****";
        return new PostHogStatus(properties.hasPersonalKey(), masked, properties.getPollIntervalSeconds());
    }

    @GetMapping("/admin/insights/{shortId}")
    public ResponseEntity<Void> openInsight(@PathVariable String shortId) {
        return ResponseEntity.status(HttpStatus.FOUND).location(postHogAdminClient.insightLink(shortId)).build();
    }

    @PostMapping("/admin/clients")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> registerClient(@Valid @RequestBody RegisterClientRequest request) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String clientSecret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);

        ApiClient saved = mongoTemplate.insert(new ApiClient("fgc-" + UUID.randomUUID(), request.displayName(),
                clientSecret, request.scopes(), request.callbackUrl()));
        log.info("Registered API client {}", saved);

        // shown exactly once; the caller stores it in their secret manager
        return Map.of("clientId", saved.getClientId(), "clientSecret", clientSecret);
    }
}
