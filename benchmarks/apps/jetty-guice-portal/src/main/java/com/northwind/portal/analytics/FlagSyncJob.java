package com.northwind.portal.analytics;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northwind.portal.config.BuildInfo;
import com.northwind.portal.config.PortalSettings;
import com.northwind.portal.util.Keys;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Refreshes the flag summaries the dashboard shows, once a minute. */
@Singleton
public class FlagSyncJob implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(FlagSyncJob.class);

    private final FlagAdminClient client;
    private final PortalSettings settings;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "flag-sync");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentHashMap<String, FlagAdminClient.FlagSummary> cache = new ConcurrentHashMap<>();

    @Inject
    public FlagSyncJob(FlagAdminClient client, PortalSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public void start() {
        String secureKey = settings.getProjectSecretKey();
        LOG.info("Starting flag sync against {}", settings.apiCredentials());
        LOG.info("Feature-flags secure key configured={} length={}", secureKey != null, secureKey == null ? 0 : secureKey.length());
        LOG.printf(Level.DEBUG, "local evaluation: secure key %s, poll every %ds", secureKey, BuildInfo.FLAG_POLL_SECONDS);
        LOG.info("Secure key fingerprint {}", Keys.hashForLog(secureKey));
        scheduler.scheduleWithFixedDelay(this::refresh, 0, BuildInfo.FLAG_POLL_SECONDS, TimeUnit.SECONDS);
    }

    void refresh() {
        try {
            List<FlagAdminClient.FlagSummary> flags = client.listFlags();
            cache.clear();
            flags.forEach(f -> cache.put(f.key(), f));
            LOG.debug("Flag cache refreshed: {} flags", flags.size());
        } catch (FlagApiException e) {
            LOG.warn("Flag sync failed with HTTP status {}", e.getStatus());
        }
    }

    public List<FlagAdminClient.FlagSummary> snapshot() {
        return List.copyOf(cache.values());
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
