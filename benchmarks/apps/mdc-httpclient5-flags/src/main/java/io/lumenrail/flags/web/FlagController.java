package io.lumenrail.flags.web;

import io.lumenrail.flags.config.PostHogDefaults;
import io.lumenrail.flags.config.PostHogProperties;
import io.lumenrail.flags.service.FlagBootstrapService;
import io.lumenrail.flags.web.dto.FlagBootstrapResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/flags")
public class FlagController {

    public record ClientConfig(String projectApiKey, String apiHost, boolean personalKeyConfigured, String personalKeyHint) {
    }

    private final FlagBootstrapService bootstrapService;
    private final PostHogProperties properties;
    private final String secureApiKey;

    public FlagController(FlagBootstrapService bootstrapService,
                          PostHogProperties properties,
                          @Value("${POSTHOG_FEATURE_FLAGS_SECURE_API_KEY:}") String secureApiKey) {
        this.bootstrapService = bootstrapService;
        this.properties = properties;
        this.secureApiKey = secureApiKey;
    }

    @GetMapping("/bootstrap")
    public FlagBootstrapResponse bootstrap(@RequestParam("distinct_id") String distinctId) throws IOException {
        return bootstrapService.bootstrap(distinctId);
    }

    @GetMapping("/definitions/count")
    public int definitionCount() throws IOException {
        return bootstrapService.definitionCount();
    }

    @GetMapping("/client-config")
    public ClientConfig clientConfig() {
        String hint = properties.hasPersonalKey() ? PostHogDefaults.mask(properties.getPersonalApiKey()) : null;
        return new ClientConfig(properties.getProjectApiKey(), properties.getHost(), properties.hasPersonalKey(), hint);
    }

    @PostMapping("/edge-session")
    public ResponseEntity<Void> edgeSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_edge_flags", secureApiKey)
                .secure(true)
                .sameSite("Lax")
                .path("/")
                .maxAge(Duration.ofHours(8))
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}
