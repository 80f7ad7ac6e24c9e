package com.acme.flagadmin.job;

import com.acme.flagadmin.client.PostHogAdminClient;
import com.acme.flagadmin.client.PostHogAdminClient.RemoteFlag;
import com.acme.flagadmin.client.PostHogApiException;
import com.acme.flagadmin.config.PostHogKeys;
import com.acme.flagadmin.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.List;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

@Slf4j
@Component
@ConditionalOnProperty(prefix = "posthog.sync", name = "enabled", havingValue = "true")
public class FlagSyncJob {

    private static final String LEGACY_EXPORT_KEY =
            PostHogKeys.PERSONAL_KEY_PREFIX + PostHogKeys.LEGACY_EXPORT_KEY_BODY;

    enum KeyKind { PERSONAL, SECURE, LEGACY }

    private final PostHogAdminClient adminClient;
    private final PostHogProperties properties;
    private final String syncToken;
    private PostHogInterface syncClient;

    public FlagSyncJob(PostHogAdminClient adminClient, PostHogProperties properties,
                       @Value("${posthog.sync.token}") String syncToken) {
        this.adminClient = adminClient;
        this.properties = properties;
        this.syncToken = syncToken;
    }

    @PostConstruct
    void start() {
        PostHogConfig config = PostHogConfig.builder(syncToken)
                .host(properties.getHost())
                .personalApiKey(properties.getProjectApiKey())
                .localEvaluation(true)
                .build();
        syncClient = PostHog.with(config);
    }

    @Scheduled(fixedDelayString = "${posthog.sync.interval-ms:300000}", initialDelay = 10_000L)
    public void syncFlags() {
        KeyKind apiKey = resolveKeyKind();
        if (apiKey == KeyKind.LEGACY) {
            log.warn("No personal API key configured, flag sync falls back to legacy export key {}",
                    LEGACY_EXPORT_KEY);
        }
        List<RemoteFlag> flags;
        try {
            flags = adminClient.listFlags();
        } catch (PostHogApiException e) {
            log.warn("Flag sync failed: operation={} status={}", e.getOperation(), e.getStatus());
            return;
        }
        long active = flags.stream().filter(RemoteFlag::isActive).count();
        boolean apiKeyConfigured = apiKey != KeyKind.LEGACY;
        log.info("Flag sync finished: {} flags ({} active), key kind {}, apiKeyConfigured={}",
                flags.size(), active, apiKey, apiKeyConfigured);
        syncClient.capture("flag-admin-service", "feature_flags_synced");
        syncClient.reloadFeatureFlags();
    }

    private KeyKind resolveKeyKind() {
        if (StringUtils.hasText(properties.getPersonalApiKey())) {
            return KeyKind.PERSONAL;
        }
        if (StringUtils.hasText(properties.getFeatureFlagsSecureKey())) {
            return KeyKind.SECURE;
        }
        return KeyKind.LEGACY;
    }

    @PreDestroy
    void stop() {
        if (syncClient != null) {
            syncClient.close();
        }
    }
}
