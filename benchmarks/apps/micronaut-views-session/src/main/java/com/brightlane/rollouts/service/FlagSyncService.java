package com.brightlane.rollouts.service;

import com.brightlane.rollouts.client.PostHogApiClient;
import com.brightlane.rollouts.client.PostHogApiClient.FeatureFlag;
import com.brightlane.rollouts.client.PostHogApiClient.FeatureFlagPage;
import com.brightlane.rollouts.config.PostHogSettings;
import com.brightlane.rollouts.domain.Rollout;
import com.brightlane.rollouts.domain.RolloutRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

@Singleton
public class FlagSyncService {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncService.class);
    private static final int PAGE_SIZE = 200;

    private final PostHogApiClient apiClient;
    private final RolloutRepository rollouts;
    private final PostHogSettings settings;
    private final String personalApiKey;

    public FlagSyncService(PostHogApiClient apiClient,
                           RolloutRepository rollouts,
                           PostHogSettings settings,
                           @Value("${posthog.personal-api-key:phx_PLLF5fPDsUbNpkYVmJ6s4GRfRiPGHvvNyidWL6C6Rm6d2sLJ}") String personalApiKey) {
        this.apiClient = apiClient;
        this.rollouts = rollouts;
        this.settings = settings;
        this.personalApiKey = personalApiKey;
    }

    @Scheduled(fixedDelay = "${rollouts.sync-interval:5m}", initialDelay = "30s")
    void scheduledSync() {
        try {
            syncNow();
        } catch (FlagSyncException e) {
            LOG.warn("Scheduled flag sync failed, will retry on the next run");
        }
    }

    public int syncNow() {
        SyncContext context = new SyncContext(settings.getProjectId(), settings.getApiHost(), personalApiKey, Instant.now());
        LOG.debug("Starting flag sync {}", context);

        FeatureFlagPage page;
        try {
            page = apiClient.listFeatureFlags(context.projectId(), context.bearer(), PAGE_SIZE);
        } catch (HttpClientResponseException e) {
            throw new FlagSyncException("PostHog rejected the flag listing (HTTP " + e.getStatus().getCode()
                    + ") for personal key " + personalApiKey, e);
        }

        int changed = 0;
        for (FeatureFlag flag : page.results()) {
            int percentage = flag.rolloutPercentage() == null ? 100 : flag.rolloutPercentage();
            Rollout current = rollouts.findByFlagKey(flag.key())
                    .orElseGet(() -> Rollout.fresh(flag.id(), flag.key()));
            Rollout updated = current.withRemoteState(flag.name(), flag.active(), percentage);
            if (!updated.equals(current) || current.id() == null) {
                if (current.id() == null) {
                    rollouts.save(updated);
                } else {
                    rollouts.update(updated);
                }
                changed++;
            }
        }
        LOG.info("Flag sync finished: {} flags fetched, {} changed", page.count(), changed);
        return changed;
    }

    /** Settings for the in-browser flag console, which talks to the PostHog API directly. */
    public ConsoleConfig consoleConfig() {
        return new ConsoleConfig(settings.getApiHost(), settings.getProjectId(), personalApiKey);
    }

    @Serdeable
    public record ConsoleConfig(String apiHost, long projectId, String personalApiKey) {
    }
}
