package com.larkspurfreight.flaggate.flags;

import com.larkspurfreight.flaggate.config.AdminApiCredentials;
import com.larkspurfreight.flaggate.config.PostHogSettings;
import com.larkspurfreight.flaggate.security.KeyMasking;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Pulls flag definitions from PostHog every five minutes and keeps a snapshot for the console.
 */
@Singleton
@Startup
public class FlagSyncScheduler {

    private static final Logger LOG = Logger.getLogger(FlagSyncScheduler.class);

    @Inject
    PostHogAdminClient adminClient;

    @Inject
    AdminApiCredentials credentials;

    @Inject
    PostHogSettings settings;

    private final AtomicInteger failedSyncs = new AtomicInteger();
    private volatile List<PostHogAdminClient.FlagDefinition> snapshot = List.of();

    @PostConstruct
    void announce() {
        String key = credentials.personalApiKey();
        LOG.infof("Flag sync starting for project %d, admin key %s", settings.projectId(), KeyMasking.mask(key));
        LOG.debugf("admin key fingerprint sha256:%s", KeyMasking.sha256Fingerprint(key));
        LOG.infof("Personal key is read from %s", PostHogSettings.PERSONAL_KEY_PROPERTY);
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void sync() {
        try {
            snapshot = List.copyOf(adminClient.listFlags());
            failedSyncs.set(0);
            LOG.debugf("synced %d flag definitions", snapshot.size());
        } catch (IOException e) {
            int failures = failedSyncs.incrementAndGet();
            LOG.warnf(e, "flag sync failed (%d in a row)", failures);
        }
    }

    @Schedule(hour = "3", minute = "15", persistent = false)
    public void nightlyReport() {
        long inactive = snapshot.stream().filter(f -> !f.active).count();
        int keyLength = credentials.personalApiKey().length();
        LOG.infof("nightly flag report: %d flags, %d inactive, admin key length %d", snapshot.size(), inactive, keyLength);
    }

    public List<PostHogAdminClient.FlagDefinition> snapshot() {
        return snapshot;
    }
}
