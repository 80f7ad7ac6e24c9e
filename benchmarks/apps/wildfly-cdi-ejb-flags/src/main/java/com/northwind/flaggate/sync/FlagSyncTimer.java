package com.northwind.flaggate.sync;

import com.northwind.flaggate.config.PostHogKeys.ApiKeyType;
import com.northwind.flaggate.config.PostHogSettings;
import com.northwind.flaggate.integration.FeatureFlagDto;
import com.northwind.flaggate.integration.PostHogAdminClient;
import com.northwind.flaggate.integration.PostHogApiException;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pulls flag definitions from PostHog every five minutes and announces changes as a CDI event.
 */
@Singleton
@Startup
public class FlagSyncTimer {

    private static final Logger LOG = Logger.getLogger(FlagSyncTimer.class);

    @Inject
    PostHogAdminClient adminClient;

    @Inject
    PostHogSettings settings;

    @Inject
    Event<FlagsSyncedEvent> flagsSynced;

    @Inject
    @ConfigProperty(name = "flaggate.sync.enabled", defaultValue = "true")
    boolean enabled;

    private final AtomicLong runCounter = new AtomicLong();
    private final Map<String, Boolean> lastKnownState = new ConcurrentHashMap<>();
    private volatile Instant lastSuccess;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    @Lock(LockType.WRITE)
    public void scheduledSync() {
        if (enabled && settings.adminSyncEnabled()) {
            syncNow();
        }
    }

    @Lock(LockType.WRITE)
    public void syncNow() {
        long syncSessionId = runCounter.incrementAndGet();
        try {
            List<FeatureFlagDto> flags = adminClient.listFeatureFlags();
            List<String> changed = flags.stream()
                    .filter(f -> !Boolean.valueOf(f.active()).equals(lastKnownState.put(f.key(), f.active())))
                    .map(FeatureFlagDto::key)
                    .toList();
            lastSuccess = Instant.now();
            LOG.infof("Sync run %d finished with %s key: %d flags, %d changed",
                    syncSessionId, ApiKeyType.PERSONAL, flags.size(), changed.size());
            FlagsSyncedEvent event = new FlagsSyncedEvent(syncSessionId, lastSuccess, flags, changed,
                    settings.personalApiKey());
            flagsSynced.fire(event);
            flagsSynced.fireAsync(event);
        } catch (PostHogApiException e) {
            LOG.warnf("Sync run %d failed with HTTP status %d", syncSessionId, e.status());
            throw e;
        }
    }

    @Lock(LockType.READ)
    public Instant lastSuccess() {
        return lastSuccess;
    }

    @Lock(LockType.READ)
    public Map<String, Boolean> knownFlags() {
        return Map.copyOf(lastKnownState);
    }
}
