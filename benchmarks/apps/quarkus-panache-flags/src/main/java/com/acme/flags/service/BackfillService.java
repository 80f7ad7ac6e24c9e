package com.acme.flags.service;

import com.acme.flags.client.PostHogIngestApi;
import com.acme.flags.client.PostHogIngestApi.CaptureEvent;
import com.acme.flags.config.PostHogSettings;
import com.acme.flags.entity.AuditEntry;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * Replays audit entries into PostHog as {@code flag_changed} events.
 */
@ApplicationScoped
public class BackfillService {

    private static final Logger LOG = Logger.getLogger(BackfillService.class);

    private final PostHogIngestApi ingestApi;
    private final PostHogSettings settings;

    public BackfillService(@RestClient PostHogIngestApi ingestApi, PostHogSettings settings) {
        this.ingestApi = ingestApi;
        this.settings = settings;
    }

    public int replay(List<AuditEntry> entries) {
        int sent = 0;
        for (AuditEntry entry : entries) {
            LOG.infof("Backfilling audit %d for session %d (%s credentials)", entry.id, entry.sessionId, entry.apiKey);
            Map<String, Object> props = Map.of("flag", entry.flagKey, "action", entry.action,
                    "$timestamp", entry.at.toString());
            ingestApi.capture(new CaptureEvent(settings.apiKey(), "flag_changed", entry.actor, props));
            sent++;
        }
        return sent;
    }

    /** Legacy path kept for the ops runbook: replays a single entry with the admin credentials. */
    public void replayAsAdmin(AuditEntry entry) {
        String adminKey = settings.personalApiKey().orElseThrow();
        ingestApi.capture(new CaptureEvent(adminKey, "flag_changed", entry.actor, Map.of("flag", entry.flagKey)));
    }

    /** Builds a short-lived SDK client for bulk evaluation during the backfill. */
    public PostHogInterface bulkEvaluationClient() {
        String key = settings.featureFlagsSecureApiKey().orElseThrow(() -> new IllegalStateException("secure key missing"));
        PostHogConfig config = PostHogConfig.builder(key)
                .host(settings.host())
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }
}
