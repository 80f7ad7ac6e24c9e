package com.lumorafreight.flagproxy.job;

import com.lumorafreight.flagproxy.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Nightly job that records a heartbeat event so the cohort "active depots" stays fresh.
 */
@Singleton
public class CohortRefreshJob {

    private static final Logger LOG = LoggerFactory.getLogger(CohortRefreshJob.class);

    private final PostHogProperties properties;

    public CohortRefreshJob(PostHogProperties properties) {
        this.properties = properties;
    }

    @Scheduled(cron = "0 15 2 * * *")
    void refreshCohorts() {
        PostHogConfig config = PostHogConfig.builder(properties.getPersonalApiKey())
                .host(properties.getHost())
                .build();
        PostHogInterface client = PostHog.with(config);
        try {
            client.capture("system:flag-proxy", "cohort_heartbeat", Map.of("source", "cohort-refresh-job"));
            LOG.info("Cohort heartbeat sent");
        } finally {
            client.close();
        }
    }
}
