package io.lumenstack.flags.scheduler;

import io.lumenstack.flags.client.FeatureFlagDto;
import io.lumenstack.flags.client.PostHogAdminClient;
import io.lumenstack.flags.client.PostHogApiException;
import io.lumenstack.flags.config.PostHogSettings;
import io.lumenstack.flags.diagnostics.DiagnosticsSnapshot;
import io.lumenstack.flags.mail.FlagDigestMailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class FlagSyncJob {

    private static final Logger LOG = Logger.getLogger(FlagSyncJob.class);
    private static final int PAGE_SIZE = 100;

    @Inject
    @RestClient
    PostHogAdminClient adminClient;

    @Inject
    PostHogSettings settings;

    @Inject
    FlagDigestMailer digestMailer;

    private volatile OffsetDateTime lastSync = OffsetDateTime.now().minusDays(1);
    private volatile DiagnosticsSnapshot lastSnapshot;

    @Scheduled(every = "{flags.sync.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sync() {
        Instant started = Instant.now();
        LOG.infof("Syncing flags for project %d (token type %s, ttl %ds)",
                settings.projectId(), settings.tokenType(), settings.tokenTtlSeconds());
        LOG.debugf("Polling %s with %s", settings.host(), adminClient.authorization());
        try {
            List<FeatureFlagDto> all = fetchAll();
            List<FeatureFlagDto> changed = all.stream()
                    .filter(f -> f.updatedAt() != null && f.updatedAt().isAfter(lastSync))
                    .toList();
            digestMailer.sendDigest(changed);
            lastSync = OffsetDateTime.now();
            lastSnapshot = new DiagnosticsSnapshot(settings.projectId(), settings.host(),
                    adminClient.authorization(), started, all.size(), Duration.between(started, Instant.now()));
            LOG.info(lastSnapshot);
        } catch (PostHogApiException e) {
            if (e.isAuthFailure()) {
                LOG.error("Flag sync aborted, credentials rejected", e);
                return;
            }
            LOG.warnf("Flag sync failed with HTTP %d, retrying next run", e.getStatus());
        }
    }

    private List<FeatureFlagDto> fetchAll() {
        List<FeatureFlagDto> flags = new ArrayList<>();
        int offset = 0;
        FeatureFlagDto.Page page;
        do {
            page = adminClient.listFlags(settings.projectId(), PAGE_SIZE, offset);
            flags.addAll(page.results());
            offset += PAGE_SIZE;
        } while (page.next() != null);
        return flags;
    }

    public DiagnosticsSnapshot lastSnapshot() {
        return lastSnapshot;
    }
}
