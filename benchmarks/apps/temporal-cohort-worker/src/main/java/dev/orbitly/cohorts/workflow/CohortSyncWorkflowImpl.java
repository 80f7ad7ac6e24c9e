package dev.orbitly.cohorts.workflow;

import dev.orbitly.cohorts.activity.CohortActivities;
import dev.orbitly.cohorts.activity.CohortPage;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import org.slf4j.Logger;

public class CohortSyncWorkflowImpl implements CohortSyncWorkflow {

    private static final Logger logger = Workflow.getLogger(CohortSyncWorkflowImpl.class);

    private final CohortActivities activities = Workflow.newActivityStub(
            CohortActivities.class,
            ActivityOptions.newBuilder()
                    .setStartToCloseTimeout(Duration.ofMinutes(10))
                    .setRetryOptions(RetryOptions.newBuilder()
                            .setMaximumAttempts(5)
                            .setBackoffCoefficient(2.0)
                            .setDoNotRetry("PostHogAuth")
                            .build())
                    .build());

    @Override
    public int sync(SyncCohortInput input) {
        logger.info("Starting cohort sync {}", input);
        String cursor = null;
        int delivered = 0;
        do {
            CohortPage page = activities.fetchPage(input.cohortId(), cursor);
            if (!page.distinctIds().isEmpty()) {
                activities.deliver(input.destination(), input.webhookSecret(), page.distinctIds());
                delivered += page.distinctIds().size();
            }
            cursor = page.nextCursor();
            logger.info("cohort {}: {} delivered so far, next cursor {}", input.cohortId(), delivered, cursor);
        } while (cursor != null);

        if (input.archive()) {
            String path = activities.archiveCsv(input.cohortId());
            logger.info("cohort {} archived to {}", input.cohortId(), path);
        }
        return delivered;
    }
}
