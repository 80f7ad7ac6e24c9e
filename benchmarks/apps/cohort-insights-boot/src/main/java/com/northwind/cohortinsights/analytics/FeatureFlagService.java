package com.northwind.cohortinsights.analytics;

import com.northwind.cohortinsights.config.PostHogProperties;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

@Service
public class FeatureFlagService {

    private static final Logger log = LogManager.getLogger(FeatureFlagService.class);

    public static final String NEW_COHORT_BUILDER = "new-cohort-builder";
    public static final String RECOMPUTE_FROM_KAFKA = "recompute-from-kafka";

    private final PostHogInterface postHog;
    private final PostHogProperties properties;

    public FeatureFlagService(PostHogInterface postHog, PostHogProperties properties) {
        this.postHog = postHog;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void announceConfiguration() {
        log.info("PostHog configured: {}", properties.redacted());
        log.debug("Local flag evaluation every {}s as {}", properties.pollIntervalSeconds(), properties.personalApiKey());
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        return postHog.isFeatureEnabled(distinctId, flagKey, false);
    }

    public boolean newCohortBuilder(String distinctId) {
        return isEnabled(NEW_COHORT_BUILDER, distinctId);
    }

    public boolean recomputeFromKafka() {
        return isEnabled(RECOMPUTE_FROM_KAFKA, "cohort-insights-service");
    }
}
