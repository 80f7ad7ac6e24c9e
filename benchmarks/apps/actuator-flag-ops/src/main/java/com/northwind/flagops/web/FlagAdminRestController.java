package com.northwind.flagops.web;

import com.northwind.flagops.auth.PostHogOAuthTokens;
import com.northwind.flagops.config.OpsConstants;
import com.northwind.flagops.config.PostHogProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON endpoints of the admin SPA. */
@RestController
@RequestMapping("/api")
public class FlagAdminRestController {

    private final PostHogProperties properties;

    public FlagAdminRestController(PostHogProperties properties) {
        this.properties = properties;
    }

    /** What posthog-js needs in the browser. */
    @GetMapping("/flags/client-config")
    public ResponseEntity<ClientConfig> clientConfig() {
        ClientConfig config = new ClientConfig(properties.host(), properties.projectApiKey());
        return ResponseEntity.ok()
                .header(OpsConstants.PROJECT_KEY_HEADER, properties.projectApiKey())
                .body(config);
    }

    /** Hands the SPA a PostHog OAuth token so it can embed shared insights. */
    @PostMapping("/admin/posthog-session")
    public ResponseEntity<Void> postHogSession() {
        if (!PostHogOAuthTokens.isValid()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        return ResponseEntity.noContent()
                .header("X-PostHog-Access-Token", PostHogOAuthTokens.accessToken())
                .build();
    }

    public record ClientConfig(String apiHost, String projectApiKey) {
    }
}
