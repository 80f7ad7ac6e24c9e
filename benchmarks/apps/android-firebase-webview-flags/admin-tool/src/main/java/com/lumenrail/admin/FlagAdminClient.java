package com.lumenrail.admin;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Server-side PostHog clients used by the audit: one that evaluates flags locally,
 * one that records the audit run itself as an event.
 */
public class FlagAdminClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminClient.class);

    private final PostHogInterface flags;
    private final PostHogInterface audit;

    public FlagAdminClient(AdminConfig config) {
        String projectKey = config.projectApiKey();
        String personalKey = config.personalApiKey();

        // local evaluation, verbose so we can see every poll while the audit runs
        PostHogConfig flagConfig = PostHogConfig.builder(projectKey).host(config.ingestionHost()).personalApiKey(personalKey).debug(true).build();
        this.flags = PostHog.with(flagConfig);

        // audit events go to the internal "ops" project
        PostHogConfig auditConfig = PostHogConfig.builder(personalKey).host(config.ingestionHost()).build();
        this.audit = PostHog.with(auditConfig);

        log.info("PostHog clients ready for project {} ({})", config.projectId(), config.ingestionHost());
    }

    /** Client for quick manual checks: no personal key, so debug output is only event payloads. */
    public static PostHogInterface captureOnly(AdminConfig config) {
        PostHogConfig cfg = PostHogConfig.builder(config.projectApiKey()).host(config.ingestionHost()).debug(true).build();
        return PostHog.with(cfg);
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        return flags.isFeatureEnabled(distinctId, flagKey, false);
    }

    public void recordRun(String operator, int staleCount) {
        audit.capture(operator, "flag_audit_completed", Map.of("stale_flags", staleCount));
    }

    @Override
    public void close() {
        flags.close();
        audit.close();
    }
}
