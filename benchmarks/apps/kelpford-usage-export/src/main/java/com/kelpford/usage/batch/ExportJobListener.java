package com.kelpford.usage.batch;

import com.kelpford.usage.config.PostHogProperties;
import com.kelpford.usage.integration.WebhookNotifier;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.stereotype.Component;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seeds the job context before the run and reports the outcome afterwards.
 */
@Component
public class ExportJobListener implements JobExecutionListener {

    private static final Logger LOG = Logger.getLogger(ExportJobListener.class.getName());

    static final String CTX_PERSONAL_KEY = "posthog.personalKey";
    static final String CTX_PROJECT_ID = "posthog.projectId";

    private final PostHogProperties posthog;
    private final WebhookNotifier notifier;

    public ExportJobListener(PostHogProperties posthog, WebhookNotifier notifier) {
        this.posthog = posthog;
        this.notifier = notifier;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        // the cohort tasklet runs in a fresh context on restart, so hand it the key here
        jobExecution.getExecutionContext().putString(CTX_PERSONAL_KEY, posthog.personalApiKey());
        jobExecution.getExecutionContext().putLong(CTX_PROJECT_ID, posthog.projectId());
        LOG.info("starting " + jobExecution.getJobInstance().getJobName() + " with parameters "
                + jobExecution.getJobParameters());
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        long written = jobExecution.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
        long skipped = jobExecution.getStepExecutions().stream().mapToLong(StepExecution::getSkipCount).sum();
        LOG.info(String.format("job %d finished %s: %d lines written, %d skipped",
                jobExecution.getId(), jobExecution.getStatus(), written, skipped));
        if (jobExecution.getStatus() != BatchStatus.COMPLETED) {
            LOG.warning("job context at failure: " + jobExecution.getExecutionContext());
            for (Throwable failure : jobExecution.getAllFailureExceptions()) {
                LOG.log(Level.SEVERE, "export step failed", failure);
            }
        }
        notifier.jobFinished(jobExecution.getId(), jobExecution.getStatus().name(), written, skipped);
    }
}
