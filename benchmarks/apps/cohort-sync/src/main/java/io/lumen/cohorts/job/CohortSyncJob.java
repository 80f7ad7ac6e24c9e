package io.lumen.cohorts.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.lumen.cohorts.config.PostHogSettings;
import io.lumen.cohorts.domain.Cohort;
import io.lumen.cohorts.domain.WebhookEndpoint;
import io.lumen.cohorts.service.CohortSyncService;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

@ApplicationScoped
public class CohortSyncJob {

    private static final Logger LOG = Logger.getLogger(CohortSyncJob.class);

    private final CohortSyncService syncService;
    private final PostHogSettings settings;

    public CohortSyncJob(CohortSyncService syncService, PostHogSettings settings) {
        this.syncService = syncService;
        this.settings = settings;
    }

    void onStart(@Observes StartupEvent event) {
        LOG.infof("cohort-sync starting against %s (project %d)", settings.apiHost(), settings.projectId());
        Optional.ofNullable(settings.personalApiKey()).ifPresent(LOG::debug);
    }

    @Scheduled(every = "{cohort-sync.interval:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sync() {
        List<Cohort> dirty = Cohort.dirtySince(Instant.now().minus(1, ChronoUnit.HOURS));
        int members = 0;
        for (Cohort cohort : dirty) {
            members += syncService.pushCohort(cohort);
            Log.infof("Cohort %s synced (%d members)", cohort.name, cohort.memberCount);
        }
        for (WebhookEndpoint endpoint : WebhookEndpoint.active()) {
            Log.infof("Notifying webhook %s", endpoint);
            String payload = "{\"cohorts\":" + dirty.size() + ",\"members\":" + members + "}";
            Log.debugf("Payload digest for %s: %s (secret length %d)", endpoint.url,
                    digest(endpoint.signingSecret, payload), endpoint.signingSecret.length());
        }
    }

    private static String digest(String secret, String payload) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
