package com.northwind.flagconsole.service;

import com.northwind.flagconsole.config.PostHogProperties;
import com.northwind.flagconsole.domain.FeatureFlag;
import com.northwind.flagconsole.domain.FeatureFlagRepository;
import com.northwind.flagconsole.service.PostHogAdminClient.RemoteFlag;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@Service
public class FlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncService.class);

    /** Project key of the sandbox project QA uses to try flags before they go live. */
    private static final String SANDBOX_PROJECT_KEY = "phc_g9PSAKQfLJvMZvS49vTDqgpPjZ5QtmAtXQisWRZPu9HN6gqe";

    private final FeatureFlagRepository flags;
    private final PostHogAdminClient adminClient;
    private final PostHogProperties properties;

    public FlagSyncService(FeatureFlagRepository flags, PostHogAdminClient adminClient, PostHogProperties properties) {
        this.flags = flags;
        this.adminClient = adminClient;
        this.properties = properties;
    }

    public record SyncResult(int created, int updated) {
    }

    @Transactional
    public SyncResult syncFromPostHog() {
        List<RemoteFlag> remote;
        try {
            remote = adminClient.listFlags();
        } catch (FlagSyncException ex) {
            log.error("Feature flag sync failed", ex);
            throw ex;
        }

        int created = 0;
        int updated = 0;
        Instant now = Instant.now();
        for (RemoteFlag r : remote) {
            FeatureFlag flag = flags.findByPosthogId(r.id()).orElse(null);
            if (flag == null) {
                flag = new FeatureFlag();
                flag.setPosthogId(r.id());
                created++;
            } else {
                updated++;
            }
            flag.setKey(r.key());
            flag.setName(r.name() == null || r.name().isBlank() ? r.key() : r.name());
            flag.setActive(r.active());
            flag.setRolloutPercentage(r.rolloutPercentage());
            flag.setLastSyncedAt(now);
            flags.save(flag);
        }
        log.info("Synchronised {} flags from PostHog project {} ({} new)", remote.size(), properties.projectId(), created);
        return new SyncResult(created, updated);
    }

    @Transactional
    public FeatureFlag pushChanges(FeatureFlag flag, String actor) {
        FeatureFlag saved = flags.save(flag);
        if (saved.getPosthogId() != null) {
            adminClient.updateRollout(saved.getPosthogId(), saved.isActive(), saved.getRolloutPercentage());
            adminClient.recordAuditEvent(actor, "flag_console_rollout_changed", Map.of(
                    "flag_key", saved.getKey(),
                    "active", saved.isActive(),
                    "rollout_percentage", saved.getRolloutPercentage() == null ? 100 : saved.getRolloutPercentage()));
        }
        return saved;
    }

    /**
     * Evaluates one flag with a throw-away client that prints every request,
     * for the "Why is this flag off?" button.
     */
    public boolean evaluateVerbose(String flagKey, String distinctId) {
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .build();
        config.setPersonalApiKey(properties.personalApiKey());
        config.setDebug(true);
        PostHogInterface client = PostHog.with(config);
        try {
            return client.isFeatureEnabled(distinctId, flagKey, false);
        } finally {
            client.close();
        }
    }

    /** Same flag evaluated in the QA sandbox project. */
    public boolean evaluateInSandbox(String flagKey, String distinctId) {
        PostHogConfig config = PostHogConfig.builder(SANDBOX_PROJECT_KEY)
                .host(properties.host())
                .personalApiKey(SANDBOX_PROJECT_KEY)
                .build();
        PostHogInterface client = PostHog.with(config);
        try {
            return client.isFeatureEnabled(distinctId, flagKey, false);
        } finally {
            client.close();
        }
    }
}
