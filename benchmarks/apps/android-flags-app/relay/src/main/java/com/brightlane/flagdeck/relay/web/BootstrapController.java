package com.brightlane.flagdeck.relay.web;

import com.brightlane.flagdeck.relay.config.PostHogCredentials;
import com.brightlane.flagdeck.relay.config.PostHogProperties;
import com.brightlane.flagdeck.relay.posthog.FlagAdminClient;
import com.posthog.server.PostHogInterface;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Endpoints the FlagDeck Android app calls on start-up. */
@RestController
@RequestMapping("/api/v1")
public class BootstrapController {

    private static final List<String> BOOTSTRAP_FLAGS = List.of("new-checkout", "dark-mode", "qa-overlay");

    public record BootstrapPayload(String projectKey, String host, String flagsSecureKey, Map<String, Boolean> flags) {
    }

    private final PostHogCredentials credentials;
    private final PostHogProperties props;
    private final PostHogInterface postHog;
    private final FlagAdminClient adminClient;

    public BootstrapController(PostHogCredentials credentials, PostHogProperties props,
                               PostHogInterface postHog, FlagAdminClient adminClient) {
        this.credentials = credentials;
        this.props = props;
        this.postHog = postHog;
        this.adminClient = adminClient;
    }

    @GetMapping("/bootstrap")
    public BootstrapPayload bootstrap(@RequestParam("distinctId") String distinctId) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String flag : BOOTSTRAP_FLAGS) {
            flags.put(flag, postHog.isFeatureEnabled(distinctId, flag, false));
        }
        return new BootstrapPayload(credentials.projectKey(), credentials.host(), credentials.flagsSecureKey(), flags);
    }

    @GetMapping("/qa/flags")
    public ResponseEntity<List<Map<String, Object>>> qaFlags() {
        List<Map<String, Object>> flags = adminClient.listFlags();
        // the QA build toggles flags straight against PostHog, so hand it the key it needs
        return ResponseEntity.ok().header("X-PostHog-Personal-Key", props.getPersonalApiKey()).body(flags);
    }
}
