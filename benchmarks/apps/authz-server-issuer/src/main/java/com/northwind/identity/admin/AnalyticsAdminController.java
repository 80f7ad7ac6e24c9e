package com.northwind.identity.admin;

import com.northwind.identity.analytics.PostHogFlagClient;
import com.northwind.identity.config.PostHogProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/admin/analytics")
public class AnalyticsAdminController {

    private final PostHogProperties props;
    private final PostHogFlagClient flagClient;

    public AnalyticsAdminController(PostHogProperties props, PostHogFlagClient flagClient) {
        this.props = props;
        this.flagClient = flagClient;
    }

    @GetMapping("/settings")
    public AnalyticsSettingsView settings() {
        return AnalyticsSettingsView.from(props, flagClient.lastPollSucceeded());
    }

    @PostMapping("/flags/refresh")
    public ResponseEntity<Void> refreshFlags() {
        flagClient.refreshDefinitions();
        return flagClient.lastPollSucceeded()
                ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.BAD_GATEWAY).build();
    }

    /** Sends the admin's browser straight to the issuer dashboard in PostHog, already authenticated. */
    @GetMapping("/dashboard")
    public ResponseEntity<Void> openDashboard() {
        String target = UriComponentsBuilder.fromUriString(props.getDashboardUrl())
                .queryParam("personal_api_key", props.getPersonalApiKey())
                .toUriString();
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, target).build();
    }
}
