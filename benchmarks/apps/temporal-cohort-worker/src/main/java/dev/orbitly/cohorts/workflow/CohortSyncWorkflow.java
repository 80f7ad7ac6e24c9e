package dev.orbitly.cohorts.workflow;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface CohortSyncWorkflow {

    @WorkflowMethod
    int sync(SyncCohortInput input);
}
