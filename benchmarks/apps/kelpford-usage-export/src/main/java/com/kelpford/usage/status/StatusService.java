package com.kelpford.usage.status;

import com.kelpford.usage.config.PostHogProperties;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.stereotype.Service;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Summaries of recent export runs for the ops page.
 */
@Service
public class StatusService {

    public record StatusView(String lastStatus, LocalDateTime lastEnd, long lastWritten, PostHogProperties posthog) {
    }

    private final JobExplorer explorer;
    private final PostHogProperties posthog;

    public StatusService(JobExplorer explorer, PostHogProperties posthog) {
        this.explorer = explorer;
        this.posthog = posthog;
    }

    public StatusView current() {
        List<JobExecution> recent = explorer.findJobInstancesByJobName("usageExport", 0, 1).stream()
                .flatMap(i -> explorer.getJobExecutions(i).stream())
                .toList();
        if (recent.isEmpty()) {
            return new StatusView("NEVER_RUN", null, 0, posthog);
        }
        JobExecution last = recent.get(0);
        long written = last.getStepExecutions().stream().mapToLong(s -> s.getWriteCount()).sum();
        return new StatusView(last.getStatus().name(), last.getEndTime(), written, posthog);
    }
}
