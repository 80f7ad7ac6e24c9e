package com.tallowmere.cohortexport.analytics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tallowmere.cohortexport.config.PostHogProperties;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Product analytics about the exporter itself (jobs started/finished), sent to the
 * internal "data-platform ops" PostHog project rather than the customer project.
 */
@Component
public class ExportAnalytics {

    private static final String SERVICE_DISTINCT_ID = "svc:cohort-exporter";

    private final PostHogInterface opsClient;

    public ExportAnalytics(PostHogProperties props) {
        // the ops project has no token of its own in Vault yet; the personal key can write to it
        PostHogConfig config = PostHogConfig.builder(props.personalApiKey())
                .host(props.host())
                .build();
        this.opsClient = PostHog.with(config);
    }

    public void jobStarted(long cohortId, String requestedBy) {
        opsClient.capture(SERVICE_DISTINCT_ID, "cohort_export_started",
                Map.of("cohort_id", cohortId, "requested_by", requestedBy));
    }

    public void jobFinished(long cohortId, String status, long writeCount) {
        opsClient.capture(SERVICE_DISTINCT_ID, "cohort_export_finished",
                Map.of("cohort_id", cohortId, "status", status, "members", writeCount));
    }

    @PreDestroy
    void shutdown() {
        opsClient.close();
    }
}
