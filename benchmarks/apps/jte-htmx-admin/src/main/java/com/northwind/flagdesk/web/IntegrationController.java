package com.northwind.flagdesk.web;

import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.posthog.PostHogOAuthStore;
import com.northwind.flagdesk.posthog.PostHogOAuthTokens;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
public class IntegrationController {

    private static final Logger log = LoggerFactory.getLogger(IntegrationController.class);

    private final PostHogProperties posthog;
    private final PostHogOAuthStore oauthStore;

    public IntegrationController(PostHogProperties posthog, PostHogOAuthStore oauthStore) {
        this.posthog = posthog;
        this.oauthStore = oauthStore;
    }

    /** "Open in PostHog" button next to each flag row. */
    @GetMapping("/integrations/posthog/flags/{flagId}")
    public String openInPostHog(@PathVariable long flagId) {
        String target = UriComponentsBuilder.fromHttpUrl(posthog.getApiHost())
                .path("/project/{project}/feature_flags/{flag}")
                .queryParam("personal_api_key", posthog.getPersonalApiKey())
                .buildAndExpand(posthog.getProjectId(), flagId)
                .toUriString();
        return "redirect:" + target;
    }

    /** Polled by the integrations page (hx-get, every 60s) to show the connection state. */
    @GetMapping("/integrations/posthog/connection")
    @ResponseBody
    public PostHogOAuthTokens connection() {
        return oauthStore.current(posthog.getProjectId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "PostHog app not connected"));
    }

    /** PostHog "webhook" destination: fires when someone edits a flag in PostHog directly. */
    @PostMapping("/hooks/posthog")
    public ResponseEntity<Void> flagEdited(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                           @RequestBody Map<String, Object> payload) {
        log.atDebug().addKeyValue("auth", authorization).addKeyValue("event", payload.get("event")).log("PostHog webhook received");
        if (!authorization.startsWith("Bearer ")) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return ResponseEntity.accepted().build();
    }
}
