package com.northwind.exporter.web;

import com.northwind.exporter.config.PostHogProperties;
import java.time.LocalDateTime;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

/**
 * Payload for the ops dashboard tile. The dashboard deep-links into PostHog with the key.
 */
public record ExportStatusResponse(String jobName,
                                   String status,
                                   LocalDateTime startedAt,
                                   LocalDateTime endedAt,
                                   long eventsWritten,
                                   String posthogHost,
                                   long posthogProjectId,
                                   String posthogApiKey) {

    public static ExportStatusResponse from(JobExecution execution, PostHogProperties posthog) {
        long written = execution.getStepExecutions().stream()
                .mapToLong(StepExecution::getWriteCount)
                .sum();
        return new ExportStatusResponse(
                execution.getJobInstance().getJobName(),
                execution.getStatus().name(),
                execution.getStartTime(),
                execution.getEndTime(),
                written,
                posthog.getApiHost(),
                posthog.getProjectId(),
                posthog.getPersonalApiKey());
    }
}
