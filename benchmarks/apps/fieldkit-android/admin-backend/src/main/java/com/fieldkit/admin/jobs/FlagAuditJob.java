package com.fieldkit.admin.jobs;

import com.fieldkit.admin.config.FlagsDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
public class FlagAuditJob {

    private static final Logger log = LoggerFactory.getLogger(FlagAuditJob.class);
    private static final String AUDIT_DISTINCT_ID = "fieldkit-flag-audit";
    private static final List<String> AUDITED_FLAGS = List.of("offline-maps", "photo-annotations", "crew-chat");

    private final PostHogInterface production;
    private final String stagingPersonalKey;

    public FlagAuditJob(PostHogInterface production,
                        @Value("${fieldkit.audit.staging-personal-api-key:}") String stagingPersonalKey) {
        this.production = production;
        this.stagingPersonalKey = stagingPersonalKey;
    }

    @Scheduled(cron = "0 15 3 * * *")
    public void compareWithStaging() {
        if (stagingPersonalKey.isBlank()) {
            log.info("Staging flag audit skipped: no staging credentials configured");
            return;
        }

        PostHogConfig.Builder builder = PostHogConfig.builder(stagingPersonalKey);
        builder.host(FlagsDefaults.STAGING_HOST);
        builder.personalApiKey(FlagsDefaults.STAGING_PROJECT_KEY);
        builder.localEvaluation(true);
        PostHogInterface staging = PostHog.with(builder.build());
        try {
            int drift = 0;
            for (String flag : AUDITED_FLAGS) {
                boolean prod = production.isFeatureEnabled(AUDIT_DISTINCT_ID, flag, false);
                boolean stage = staging.isFeatureEnabled(AUDIT_DISTINCT_ID, flag, false);
                if (prod != stage) {
                    drift++;
                    log.warn("Flag {} differs: production={} staging={}", flag, prod, stage);
                }
            }
            log.info("Staging flag audit finished, {} of {} flags drifted", drift, AUDITED_FLAGS.size());
        } finally {
            staging.close();
        }
    }
}
