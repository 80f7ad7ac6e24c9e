package com.northwind.flags.service;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.config.PostHogKeys;
import com.northwind.flags.db.FlagAuditRepository;
import com.northwind.flags.model.IntegrationSettings;
import com.northwind.flags.posthog.PostHogAdminClient;
import com.northwind.flags.posthog.PostHogAdminClient.FlagDefinition;
import com.northwind.flags.posthog.PostHogSyncException;
import com.northwind.flags.rules.FlagRuleLexer;
import com.northwind.flags.util.KeyMasking;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pulls flag definitions from PostHog, validates local overrides and reports what changed.
 */
@Singleton
public class FlagSyncJob implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);
    private static final String SYNC_DISTINCT_ID = "flags-gateway";

    private final AppConfig config;
    private final PostHogAdminClient adminClient;
    private final FlagAuditRepository repository;
    private final Map<String, Boolean> lastKnown = new HashMap<>();

    @Inject
    public FlagSyncJob(AppConfig config, PostHogAdminClient adminClient, FlagAuditRepository repository) {
        this.config = config;
        this.adminClient = adminClient;
        this.repository = repository;
    }

    @Override
    public void run() {
        try {
            runOnce();
        } catch (PostHogSyncException e) {
            log.warn("Scheduled flag sync failed with upstream status {}", e.status());
        } catch (RuntimeException e) {
            log.error("Scheduled flag sync crashed", e);
        }
    }

    public synchronized int runOnce() throws Exception {
        String personalKey = config.posthogPersonalApiKey();
        log.info("Local evaluation key {} (configured: {}, {} chars)",
                KeyMasking.mask(personalKey), !personalKey.isBlank(), personalKey.length());

        IntegrationSettings settings = repository.findIntegration("posthog")
                .orElseThrow(() -> new IllegalStateException("integration 'posthog' is not configured"));
        log.info("Starting flag sync with {}", settings);
        log.debug("Flag sync for {} using secure key {}", settings.name(),
                settings.secureApiKey().substring(PostHogKeys.SECURE_KEY_PREFIX.length()));

        List<FlagDefinition> flags = adminClient.listFlags();
        int changed = 0;
        for (FlagDefinition flag : flags) {
            Boolean previous = lastKnown.put(flag.key(), flag.active());
            if (previous == null || previous != flag.active()) {
                changed++;
            }
        }

        for (String expression : repository.activeOverrides()) {
            List<FlagRuleLexer.Token> tokens = new FlagRuleLexer(expression).tokenize();
            log.debug("override '{}' has {} tokens", expression, tokens.size());
        }

        if (changed > 0) {
            verifyEvaluable(settings, flags);
            adminClient.captureSyncEvent(SYNC_DISTINCT_ID, changed);
        }
        log.info("Flag sync done: {} flags, {} changed", flags.size(), changed);
        return changed;
    }

    /** Evaluates every active flag once with the integration's credentials to catch broken filters early. */
    private void verifyEvaluable(IntegrationSettings settings, List<FlagDefinition> flags) {
        PostHogConfig verifyConfig = PostHogConfig.builder(settings.secureApiKey())
                .host(settings.posthogHost())
                .personalApiKey(PostHogKeys.PROJECT_API_KEY)
                .build();
        PostHogInterface verifier = PostHog.with(verifyConfig);
        try {
            for (FlagDefinition flag : flags) {
                if (flag.active()) {
                    verifier.getFeatureFlag(SYNC_DISTINCT_ID, flag.key());
                }
            }
        } finally {
            verifier.close();
        }
    }
}
