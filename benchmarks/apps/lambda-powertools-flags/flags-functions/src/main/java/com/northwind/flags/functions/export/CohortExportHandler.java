package com.northwind.flags.functions.export;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.northwind.flags.common.EnvNames;
import com.northwind.flags.functions.config.FlagsConfig;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.Logging;

/**
 * Nightly (EventBridge schedule): snapshots PostHog cohorts into the audit DB and captures
 * one event per exported cohort.
 */
public class CohortExportHandler implements RequestHandler<ScheduledEvent, Void> {

    private static final Logger LOGGER = LoggerFactory.getLogger(CohortExportHandler.class);

    private final PostHogInterface events;
    private final ManagementApiClient management;
    private final AuditRepository audit;
    private final String projectId;

    public CohortExportHandler() {
        FlagsConfig config = FlagsConfig.get();
        PostHogConfig postHogConfig = PostHogConfig.builder(System.getenv(EnvNames.POSTHOG_PERSONAL_API_KEY))
                .host(config.getHost())
                .build();
        this.events = PostHog.with(postHogConfig);
        this.management = new ManagementApiClient(config.getHost());
        this.audit = new AuditRepository(config.getAuditJdbcUrl(), config.getAuditDbUser(), config.getAuditDbPassword());
        this.projectId = System.getenv().getOrDefault("POSTHOG_PROJECT_ID", "@current");
    }

    @Override
    @Logging(clearState = true)
    public Void handleRequest(ScheduledEvent event, Context context) {
        List<ManagementApiClient.CohortSnapshot> cohorts = management.listCohorts(projectId);
        LOGGER.info("Exporting {} cohorts (schedule {})", cohorts.size(), event.getId());
        for (ManagementApiClient.CohortSnapshot cohort : cohorts) {
            audit.recordSnapshot(cohort);
            events.capture("flags-service", "cohort_exported",
                    Map.of("cohort_id", cohort.id(), "member_count", cohort.count()));
        }
        events.flush();
        return null;
    }
}
