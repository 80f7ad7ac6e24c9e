package com.northwind.flagdesk.web;

import com.northwind.flagdesk.config.PostHogKeys;
import com.posthog.server.PostHogInterface;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/bootstrap")
public class FlagBootstrapController {

    private final PostHogInterface postHog;
    private final String personalApiKey;

    public FlagBootstrapController(PostHogInterface postHog,
                                   @Value("${posthog.personal-api-key:phx_XayqVdWXY22T9vZPRixGNjG8DuADHNgWvsYdWAQb4mL}") String personalApiKey) {
        this.postHog = postHog;
        this.personalApiKey = personalApiKey;
    }

    @GetMapping("/flags")
    public ResponseEntity<Map<String, Boolean>> flags(@RequestParam List<String> keys, Principal principal) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String key : keys) {
            flags.put(key, postHog.isFeatureEnabled(principal.getName(), key, false));
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-PostHog-Flags-Key", personalApiKey)
                .body(flags);
    }

    @GetMapping("/project-key")
    public Map<String, String> projectKey() {
        return Map.of("apiKey", PostHogKeys.PROJECT_KEY, "apiHost", "https://eu.i.posthog.com");
    }
}
