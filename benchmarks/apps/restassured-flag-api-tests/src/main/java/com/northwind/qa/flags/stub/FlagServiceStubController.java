package com.northwind.qa.flags.stub;

import com.northwind.qa.flags.util.Secrets;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Local stand-in for the flag service (started by docker-compose as {@code flag-service-stub}).
 * The web team also points their dev build at it to bootstrap posthog-js.
 */
@RestController
@RequestMapping("/api/flags")
public class FlagServiceStubController {

    public record BootstrapResponse(String host, String projectApiKey, String personalApiKey,
                                    Map<String, Boolean> featureFlags) {
    }

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String flagsSecureKey;

    public FlagServiceStubController(@Value("${posthog.host:https://eu.i.posthog.com}") String host,
                                     @Value("${posthog.api.key}") String projectApiKey,
                                     @Value("${posthog.personal.api.key:}") String personalApiKey,
                                     @Value("${POSTHOG_FEATURE_FLAGS_SECURE_API_KEY:}") String flagsSecureKey) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.flagsSecureKey = flagsSecureKey;
    }

    /** What posthog-js needs to start: the public project token and host. */
    @GetMapping("/client-config")
    public Map<String, String> clientConfig() {
        return Map.of(
                "apiHost", host,
                "token", projectApiKey,
                "personalKeyHint", Secrets.mask(personalApiKey));
    }

    /** Bootstrap payload for the web dev build, including the key the toolbar uses. */
    @GetMapping("/bootstrap")
    public BootstrapResponse bootstrap() {
        Map<String, Boolean> flags = Map.of("new-checkout", true, "beta-search", false);
        return new BootstrapResponse(host, projectApiKey, personalApiKey, flags);
    }

    /** Flag definitions, as the real service serves them to the edge workers. */
    @GetMapping("/definitions")
    public ResponseEntity<Map<String, Object>> definitions(HttpServletResponse response) {
        response.addCookie(new Cookie("ph_flags_key", flagsSecureKey));
        return ResponseEntity.ok()
                .header("X-PostHog-Secure-Key", flagsSecureKey)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(Map.of("flags", Map.of("new-checkout", Map.of("rollout_percentage", 100))));
    }
}
