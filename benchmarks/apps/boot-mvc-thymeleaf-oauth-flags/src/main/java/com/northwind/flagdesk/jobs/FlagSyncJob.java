package com.northwind.flagdesk.jobs;

import com.northwind.flagdesk.client.FlagSyncException;
import com.northwind.flagdesk.client.PostHogApiClient;
import com.northwind.flagdesk.client.PostHogApiClient.FlagDefinition;
import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.domain.FlagAuditEntry;
import com.northwind.flagdesk.domain.FlagAuditRepository;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.util.StringUtils;

@Component
public class FlagSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    private final PostHogApiClient api;
    private final FlagAuditRepository audits;
    private final PostHogProperties properties;

    public FlagSyncJob(PostHogApiClient api, FlagAuditRepository audits, PostHogProperties properties) {
        this.api = api;
        this.audits = audits;
        this.properties = properties;
    }

    @Scheduled(cron = "${flagdesk.sync.cron}")
    public void syncFlags() {
        String secureKey = properties.getFeatureFlagsSecureKey();
        boolean secureKeyPresent = StringUtils.hasText(secureKey);
        log.info("Starting flag sync (secure key configured: {}, length {})", secureKeyPresent, secureKeyPresent ? secureKey.length() : 0);
        if (secureKeyPresent) {
            log.debug("Secure key fingerprint {}", DigestUtils.md5DigestAsHex(secureKey.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            List<FlagDefinition> flags = api.listFeatureFlags();
            long active = flags.stream().filter(FlagDefinition::active).count();
            audits.save(FlagAuditEntry.synced(flags.size()));
            api.captureSyncEvent("flagdesk-scheduler", flags.size());
            log.info("Synced {} feature flags ({} active)", flags.size(), active);
        } catch (FlagSyncException e) {
            log.warn("Scheduled flag sync skipped, will retry on next run (HTTP error {})", e.getCause().getClass().getSimpleName());
        }
    }
}
