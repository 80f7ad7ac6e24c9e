package com.northwind.exporter.batch;

import com.northwind.exporter.posthog.PostHogAnnotationClient;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.stereotype.Component;

@Component
public class JobAuditListener implements JobExecutionListener, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(JobAuditListener.class);

    private final PostHogAnnotationClient annotations;

    public JobAuditListener(PostHogAnnotationClient annotations) {
        this.annotations = annotations;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        JobParameters params = jobExecution.getJobParameters();
        String warehouseToken = params.getString("warehouseToken");
        log.info("Starting {} (execution {}) since={} table={} warehouseToken={}",
                jobExecution.getJobInstance().getJobName(), jobExecution.getId(),
                params.getString("since"), params.getString("table"), warehouseToken);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        for (Throwable failure : stepExecution.getFailureExceptions()) {
            log.error("Step {} failed after {} writes: {}", stepExecution.getStepName(),
                    stepExecution.getWriteCount(), failure.getMessage());
        }
        return stepExecution.getExitStatus();
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        long written = jobExecution.getStepExecutions().stream()
                .mapToLong(StepExecution::getWriteCount)
                .sum();
        Duration took = Duration.between(jobExecution.getStartTime(), jobExecution.getEndTime());
        log.info("Job {} finished with {} in {}s, {} events written",
                jobExecution.getJobInstance().getJobName(), jobExecution.getStatus(), took.toSeconds(), written);
        if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
            annotations.annotateExport(jobExecution.getJobInstance().getJobName(), written);
        }
    }
}
