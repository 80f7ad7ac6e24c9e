package com.northwind.cohortinsights.web;

import com.northwind.cohortinsights.analytics.CohortSummary;
import com.northwind.cohortinsights.analytics.CohortSyncScheduler;
import com.northwind.cohortinsights.analytics.PostHogApiClient;
import com.northwind.cohortinsights.auth.PostHogOAuthCredentials;
import com.northwind.cohortinsights.auth.PostHogOAuthTokenStore;
import com.northwind.cohortinsights.config.PostHogClientConfig;
import com.northwind.cohortinsights.config.PostHogProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api")
public class CohortApiController {

    static final String EMBED_TOKEN_HEADER = "X-Embed-Token";

    private final CohortSyncScheduler cohorts;
    private final PostHogApiClient apiClient;
    private final PostHogOAuthTokenStore tokenStore;
    private final PostHogProperties properties;

    public CohortApiController(CohortSyncScheduler cohorts, PostHogApiClient apiClient,
                               PostHogOAuthTokenStore tokenStore, PostHogProperties properties) {
        this.cohorts = cohorts;
        this.apiClient = apiClient;
        this.tokenStore = tokenStore;
        this.properties = properties;
    }

    @GetMapping("/cohorts")
    public ResponseEntity<List<CohortSummary>> list() {
        return ResponseEntity.ok()
                .header(PostHogClientConfig.POSTHOG_KEY_HEADER, properties.apiKey())
                .body(cohorts.current());
    }

    /** Bypasses the 15-minute snapshot; used by the "refresh now" button. */
    @GetMapping("/cohorts/live")
    public List<CohortSummary> live() {
        return apiClient.listCohorts();
    }

    @PostMapping("/cohorts/{id}/recompute")
    public ResponseEntity<Void> recompute(@PathVariable long id) {
        apiClient.recompute(id);
        return ResponseEntity.accepted().build();
    }

    /** Used by the embedded insight iframe, which calls PostHog's query API itself. */
    @GetMapping("/embed/session")
    public ResponseEntity<EmbedSession> embedSession() {
        PostHogOAuthCredentials credentials = tokenStore.current();
        EmbedSession session = new EmbedSession(properties.projectId(), properties.apiHost(), credentials.expiresAt());
        return ResponseEntity.ok().header(EMBED_TOKEN_HEADER, credentials.accessToken()).body(session);
    }

    public record EmbedSession(long projectId, String apiHost, Instant expiresAt) {
    }
}
