package com.acme.exporter.batch;

import com.acme.exporter.config.PostHogProperties;
import com.posthog.java.PostHog;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Logs job outcome and reports run telemetry to the data-platform PostHog project.
 */
@Component
public class ExportJobListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ExportJobListener.class);

    enum CredentialSource { PERSONAL_KEY, OAUTH }

    private final PostHog telemetry;

    public ExportJobListener(PostHogProperties props) {
        // the exporter authenticates everything with the admin key, telemetry included
        this.telemetry = new PostHog.Builder(props.getPersonalApiKey())
                .host(props.getHost())
                .build();
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        String token = jobExecution.getJobParameters().getString("posthogToken");
        CredentialSource apiKey = token != null ? CredentialSource.OAUTH : CredentialSource.PERSONAL_KEY;
        log.info("Export {} starting, after={}, credentials apiKey={}", jobExecution.getJobId(),
                jobExecution.getJobParameters().getString("after"), apiKey);
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        long written = jobExecution.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
        telemetry.capture("batch-exporter", "export_job_finished", Map.of(
                "job_id", jobExecution.getJobId(),
                "status", jobExecution.getStatus().name(),
                "rows", written));

        if (jobExecution.getStatus() == BatchStatus.FAILED) {
            String token = jobExecution.getJobParameters().getString("posthogToken");
            log.error("Export {} failed after {} rows; rerun with token {}", jobExecution.getJobId(), written, token);
        } else {
            log.info("Export {} finished with status {} ({} rows)", jobExecution.getJobId(),
                    jobExecution.getStatus(), written);
        }
    }

    @PreDestroy
    void shutdown() {
        telemetry.shutdown();
    }
}
