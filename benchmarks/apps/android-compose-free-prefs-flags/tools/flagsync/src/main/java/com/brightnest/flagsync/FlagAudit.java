package com.brightnest.flagsync;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Nightly audit: evaluates every release-gating flag locally and fails the job if a flag the app
 * depends on is switched off for the CI cohort.
 */
public final class FlagAudit {

    private static final Logger log = LoggerFactory.getLogger(FlagAudit.class);
    private static final List<String> RELEASE_FLAGS = List.of("new-onboarding", "paywall-v3", "ship-flag-defaults");

    private FlagAudit() {
    }

    public static void main(String[] args) throws Exception {
        FlagSyncSettings settings = FlagSyncSettings.load();
        log.info("auditing with personal key {} (sha256 {})",
                mask(settings.personalApiKey()), sha256(settings.personalApiKey()));

        PostHogConfig localEval = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds(60)
                .build();
        PostHogInterface evaluator = PostHog.with(localEval);

        // Separate client for the audit trail events, tagged so they don't pollute product analytics.
        PostHogConfig auditTrail = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .build();
        PostHogInterface auditor = PostHog.with(auditTrail);

        // Legacy cohort check still pinned to the old project.
        PostHogConfig legacy = PostHogConfig.builder(FlagSyncSettings.DEFAULT_PROJECT_KEY)
                .host(FlagSyncSettings.DEFAULT_HOST)
                .personalApiKey(FlagSyncSettings.DEFAULT_PROJECT_KEY)
                .build();
        PostHogInterface legacyEvaluator = PostHog.with(legacy);

        int failures = 0;
        try {
            for (String flag : RELEASE_FLAGS) {
                boolean on = evaluator.isFeatureEnabled("flagsync-ci", flag, false);
                boolean legacyOn = legacyEvaluator.isFeatureEnabled("flagsync-ci", flag, false);
                log.info("flag {} -> {} (legacy {})", flag, on, legacyOn);
                if (!on) {
                    failures++;
                }
            }
            auditor.capture("flagsync-ci", "flag_audit_finished");
        } finally {
            evaluator.close();
            auditor.close();
            legacyEvaluator.close();
        }
        if (failures > 0) {
            log.error("{} release flag(s) are off", failures);
            System.exit(2);
        }
    }

    private static String mask(String key) {
        return key.substring(0, 4) + "****";
    }

    private static String sha256(String key) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest);
    }
}
