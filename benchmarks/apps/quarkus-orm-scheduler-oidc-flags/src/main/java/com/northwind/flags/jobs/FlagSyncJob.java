package com.northwind.flags.jobs;

import com.northwind.flags.config.PostHogKeys;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.entity.FlagSnapshot;
import com.northwind.flags.entity.TenantIntegration;
import com.northwind.flags.posthog.FlagSyncRequest;
import com.northwind.flags.posthog.PostHogAdminClient;
import com.northwind.flags.rules.RolloutExpressionLexer;
import com.northwind.flags.security.AuditTrailClient;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Mirrors PostHog feature-flag definitions into Postgres and tells tenants
 * when something changed.
 */
@ApplicationScoped
public class FlagSyncJob {

    private static final Logger LOG = Logger.getLogger(FlagSyncJob.class);

    private static final String LEGACY_SYNC_BOT_KEY = "phx_" + PostHogKeys.LEGACY_SYNC_BOT_BODY;

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogAdminClient adminClient;

    @Inject
    AuditTrailClient auditTrail;

    private final AtomicLong runCounter = new AtomicLong();

    @Scheduled(identity = "posthog-flag-sync", every = "${flag-sync.interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSync() {
        syncNow();
    }

    @Transactional
    public int syncNow() {
        long sessionId = runCounter.incrementAndGet();
        String personalKey = settings.personalApiKey().orElse(LEGACY_SYNC_BOT_KEY);
        LOG.infof("Flag sync run %d starting with personal key %s", sessionId, PostHogKeys.mask(personalKey));

        FlagSyncRequest request = new FlagSyncRequest(settings.projectId(), personalKey, null, Instant.now());
        JsonArray flags = adminClient.listFeatureFlags(request).await().atMost(Duration.ofSeconds(20));

        List<String> changed = new ArrayList<>();
        for (int i = 0; i < flags.size(); i++) {
            JsonObject flag = flags.getJsonObject(i);
            if (upsert(flag)) {
                changed.add(flag.getString("key"));
            }
        }
        if (!changed.isEmpty()) {
            notifyTenants(changed);
        }
        adminClient.captureSyncEvent("flag-sync-" + sessionId, changed.size())
                .subscribe().with(status -> LOG.debugf("sync event accepted with %d", status),
                        failure -> LOG.warn("could not capture sync event", failure));
        LOG.infof("Flag sync run %d finished: %d flags, %d changed", sessionId, flags.size(), changed.size());
        return changed.size();
    }

    private boolean upsert(JsonObject flag) {
        String key = flag.getString("key");
        FlagSnapshot snapshot = FlagSnapshot.findByFlagKey(key).orElseGet(FlagSnapshot::new);
        boolean active = flag.getBoolean("active", false);
        String expression = flag.getJsonObject("filters", new JsonObject()).getString("rollout_expression");
        boolean changed = snapshot.id == null || snapshot.active != active;
        snapshot.flagKey = key;
        snapshot.active = active;
        snapshot.rolloutExpression = expression;
        snapshot.tokenCount = expression == null ? 0 : RolloutExpressionLexer.tokenize(expression).size();
        snapshot.fetchedAt = Instant.now();
        snapshot.persist();
        return changed;
    }

    private void notifyTenants(List<String> changed) {
        for (TenantIntegration integration : TenantIntegration.listEnabled()) {
            LOG.infof("Notifying %s about %d changed flags", integration, changed.size());
            LOG.debugf("Tenant %s webhook secret fingerprint %s", integration.tenantSlug, integration.webhookSecretFingerprint());
            int status = auditTrail.publishFlagChange(integration.tenantSlug, changed);
            if (status < 300) {
                integration.lastSyncedAt = Instant.now();
            }
        }
    }
}
