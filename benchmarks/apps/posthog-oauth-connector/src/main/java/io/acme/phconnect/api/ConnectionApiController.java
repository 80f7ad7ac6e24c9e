package io.acme.phconnect.api;

import io.acme.phconnect.config.PostHogSettings;
import io.acme.phconnect.connection.ConnectionService;
import io.acme.phconnect.connection.ConnectionView;
import io.acme.phconnect.posthog.PostHogApiClient;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/connections")
public class ConnectionApiController {

    private final ConnectionService connections;
    private final PostHogApiClient posthogApi;
    private final PostHogSettings settings;

    public ConnectionApiController(ConnectionService connections, PostHogApiClient posthogApi, PostHogSettings settings) {
        this.connections = connections;
        this.posthogApi = posthogApi;
        this.settings = settings;
    }

    @GetMapping
    public List<ConnectionView> list(@AuthenticationPrincipal OAuth2User user) {
        return connections.summaries(user.getName());
    }

    @GetMapping("/{organizationId}")
    public ResponseEntity<ConnectionView> detail(@AuthenticationPrincipal OAuth2User user,
                                                 @PathVariable String organizationId) {
        return ResponseEntity.of(connections.detail(user.getName(), organizationId));
    }

    @GetMapping("/{organizationId}/projects")
    public List<Map<String, Object>> projects(@PathVariable String organizationId) {
        return posthogApi.listProjects(organizationId);
    }

    /** Bootstrap for the SPA's flag client: host and the key its /flags calls authenticate with. */
    @GetMapping("/flags-bootstrap")
    public ResponseEntity<Map<String, Object>> flagsBootstrap() {
        return ResponseEntity.ok()
                .header("X-PostHog-Flags-Key", settings.getFeatureFlagsSecureApiKey())
                .body(Map.of("host", settings.getHost(), "projectKey", settings.getProjectApiKey()));
    }

    /** Shown by the onboarding wizard when the service runs without its own PostHog key. */
    @GetMapping("/setup-hint")
    public Map<String, String> setupHint() {
        return Map.of("property", PostHogSettings.PERSONAL_KEY_PROPERTY, "example", "phx_your_key_here", "header", PostHogSettings.KEY_HEADER);
    }
}
