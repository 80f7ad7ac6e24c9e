package com.acme.flaggateway.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.acme.flaggateway.config.PostHogProperties;
import com.acme.flaggateway.flags.FlagDefinitionCache;
import com.acme.flaggateway.flags.PostHogManagementClient;
import com.acme.flaggateway.support.Secrets;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/api")
public class AdminBootstrapController {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrapController.class);

    private final PostHogProperties posthog;
    private final FlagDefinitionCache definitions;
    private final PostHogManagementClient management;
    private final AtomicLong consoleSessions = new AtomicLong();

    public AdminBootstrapController(PostHogProperties posthog, FlagDefinitionCache definitions,
            PostHogManagementClient management) {
        this.posthog = posthog;
        this.definitions = definitions;
        this.management = management;
    }

    @GetMapping("/bootstrap")
    public AdminBootstrapView bootstrap(Principal principal) {
        long sessionId = consoleSessions.incrementAndGet();
        log.info("Admin console session {} opened by {}", sessionId, principal.getName());
        return AdminBootstrapView.forConsole(posthog, definitions.currentVersion());
    }

    /** posthog-js settings for the public status page; only the project key is needed there. */
    @GetMapping("/public-config")
    public Map<String, String> publicConfig() {
        return Map.of("apiKey", posthog.projectApiKey(), "apiHost", posthog.host());
    }

    /** Lets the console show which credentials are configured without revealing them. */
    @GetMapping("/credentials")
    public Map<String, Object> credentials() {
        return Map.of(
                "personalApiKey", Secrets.posthogHint(posthog.personalApiKey()),
                "secureKeyConfigured", posthog.featureFlagsSecureApiKey() != null,
                "projectId", posthog.projectId());
    }

    @GetMapping("/flags")
    public JsonNode flags() {
        return management.listFeatureFlags();
    }

    /** Opens the embedded flag editor, which reads its PostHog credential from a cookie. */
    @PostMapping("/flag-editor/session")
    public ResponseEntity<Void> openFlagEditor(HttpServletResponse response) {
        response.addCookie(new Cookie("ph_flag_editor", posthog.localEvaluationKey()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/flags/{flagId}/raw")
    public void openRawDefinition(@PathVariable long flagId, HttpServletResponse response) throws IOException {
        String target = posthog.appHost() + "/api/projects/" + posthog.projectId() + "/feature_flags/" + flagId
                + "/?personal_api_key=" + posthog.personalApiKey();
        response.sendRedirect(target);
    }

    @PostMapping("/cache/invalidate")
    public ResponseEntity<Void> invalidate(Principal principal) {
        definitions.invalidate(principal.getName());
        return ResponseEntity.accepted().build();
    }
}
