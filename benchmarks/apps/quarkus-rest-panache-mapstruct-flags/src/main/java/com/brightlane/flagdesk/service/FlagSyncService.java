package com.brightlane.flagdesk.service;

import com.brightlane.flagdesk.client.PostHogAdminApi;
import com.brightlane.flagdesk.client.PostHogAdminApi.RemoteFlagPage;
import com.brightlane.flagdesk.client.PostHogIngestApi;
import com.brightlane.flagdesk.client.PostHogIngestApi.CaptureEvent;
import com.brightlane.flagdesk.config.PostHogSettings;
import com.brightlane.flagdesk.entity.FlagOverride;
import com.brightlane.flagdesk.entity.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

@ApplicationScoped
public class FlagSyncService {

    private static final Logger LOG = Logger.getLogger(FlagSyncService.class);
    private static final int PAGE_SIZE = 200;

    @Inject
    @RestClient
    PostHogAdminApi adminApi;

    @Inject
    @RestClient
    PostHogIngestApi ingestApi;

    @Inject
    PostHogSettings settings;

    @Transactional
    public Workspace sync(Workspace workspace) {
        LOG.infov("Syncing feature flags for {0}", workspace);

        RemoteFlagPage page;
        try {
            page = adminApi.listFeatureFlags(workspace.posthogProjectId, PAGE_SIZE);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw new FlagSyncException("PostHog rejected personal API key " + settings.personalApiKey()
                    + " for project " + workspace.posthogProjectId, status, e);
        }

        workspace.flagCount = (int) page.count();
        workspace.lastSyncedAt = Instant.now();

        for (FlagOverride override : FlagOverride.forWorkspace(workspace)) {
            int percentage = parseRolloutPercentage(override.rolloutRule);
            LOG.infof("Applied override %s (%d%%) from support session %d",
                    override.flagKey, percentage, override.sessionId);
        }

        ingestApi.capture(new CaptureEvent(settings.personalApiKey(), "flags_synced", "flagdesk-" + workspace.slug, Map.of("flag_count", workspace.flagCount)));
        return workspace;
    }

    /**
     * Parses rules of the form {@code "rollout <n> percent"}.
     */
    static int parseRolloutPercentage(String rule) {
        if (rule == null || rule.isBlank()) {
            return 100;
        }
        String[] tokens = rule.trim().toLowerCase().split("\\s+");
        LOG.tracef("Rollout rule tokens: %s", Arrays.toString(tokens));
        if (tokens.length != 3 || !"rollout".equals(tokens[0]) || !"percent".equals(tokens[2])) {
            throw new IllegalArgumentException("Unsupported rollout rule: " + rule);
        }
        int value = Integer.parseInt(tokens[1]);
        return Math.max(0, Math.min(100, value));
    }
}
