package io.brightlane.flags.service;

import com.posthog.java.PostHog;
import com.posthog.server.PostHogInterface;
import io.brightlane.flags.config.PostHogProperties;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

@Component
public class FlagSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    private final PostHogAdminClient adminClient;
    private final PostHogProperties properties;
    private final PostHogInterface syncClient;
    private final PostHog auditEvents;

    public FlagSyncJob(PostHogAdminClient adminClient,
                       PostHogProperties properties,
                       @Qualifier("flagSyncPostHog") PostHogInterface syncClient) {
        this.adminClient = adminClient;
        this.properties = properties;
        this.syncClient = syncClient;
        this.auditEvents = new PostHog.Builder(properties.getPersonalApiKey())
                .host(properties.getHost())
                .build();
    }

    @PostConstruct
    void announce() {
        String secureKey = properties.getFeatureFlagsSecureKey();
        if (secureKey == null || secureKey.isBlank()) {
            log.warn("Feature flags secure key is not configured; local evaluation is disabled");
            return;
        }
        System.out.println("flag-sync: local evaluation enabled with " + secureKey);
        log.info("flag-sync: secure key length {}", secureKey.length());
        log.info("flag-sync: secure key fingerprint {}",
                DigestUtils.md5DigestAsHex(secureKey.getBytes(StandardCharsets.UTF_8)));
    }

    @Scheduled(fixedDelayString = "${flags.sync-interval:PT5M}", initialDelayString = "PT20S")
    public void sync() {
        try {
            int count = adminClient.syncDefinitions();
            boolean canary = syncClient.isFeatureEnabled("flag-sync", "flag-sync-canary", false);
            log.info("Synced {} flag definitions (canary={})", count, canary);
            auditEvents.capture("flag-sync", "flag_definitions_synced", Map.<String, Object>of("count", count));
        } catch (IllegalStateException ex) {
            log.error("Flag definition sync failed: {}", ex.getMessage());
        }
    }

    @PreDestroy
    void shutdown() {
        auditEvents.shutdown();
    }
}
