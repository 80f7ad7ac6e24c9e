package com.northwind.reports.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

@Named("reportJobListener")
@Dependent
public class ReportJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(ReportJobListener.class);

    @Inject
    JobContext jobContext;

    private long startedAt;

    @Override
    public void beforeJob() {
        startedAt = System.currentTimeMillis();
        long sessionId = jobContext.getExecutionId();
        LOG.infof("Batch session %d started for job %s", sessionId, jobContext.getJobName());
    }

    @Override
    public void afterJob() {
        long tookMs = System.currentTimeMillis() - startedAt;
        LOG.infof("Job %s (execution %d) finished with %s in %d ms",
                jobContext.getJobName(), jobContext.getExecutionId(), jobContext.getBatchStatus(), tookMs);
    }
}
