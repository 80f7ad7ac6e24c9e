package io.northwind.flagportal.flags;

import io.northwind.flagportal.config.PostHogSettings;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicInteger;

/** Refreshes the portal's copy of the flag definitions every five minutes. */
@Singleton
@Startup
public class FlagSyncTimer {

    private static final Logger LOG = Logger.getLogger(FlagSyncTimer.class);

    private final AtomicInteger consecutiveFailures = new AtomicInteger();

    @Inject
    FlagSyncService syncService;

    @Inject
    PostHogSettings settings;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void refresh() {
        LOG.infof("Scheduled flag sync starting with %s", settings.credentials());
        try {
            FlagSyncService.FlagSnapshot snapshot = syncService.pullDefinitions();
            consecutiveFailures.set(0);
            LOG.debugf("Scheduled flag sync done: %d flags", snapshot.size());
        } catch (FlagSyncException e) {
            int failures = consecutiveFailures.incrementAndGet();
            LOG.warnf("Scheduled flag sync failed (%d in a row, HTTP %d); keeping the previous snapshot",
                    failures, e.getStatus());
        }
    }
}
