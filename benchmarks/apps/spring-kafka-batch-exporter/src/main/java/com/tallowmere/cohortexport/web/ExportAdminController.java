package com.tallowmere.cohortexport.web;

import com.tallowmere.cohortexport.config.ExportProperties;
import com.tallowmere.cohortexport.config.PostHogProperties;
import com.tallowmere.cohortexport.support.KeyMasker;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ops endpoints behind the internal ingress (admin SSO). */
@RestController
@RequestMapping("/admin/export")
public class ExportAdminController {

    public record Diagnostics(String version, PostHogProperties posthog, int chunkSize, List<String> topics) {
    }

    public record JobStatusView(long executionId, String status, String exitCode, long writeCount) {
    }

    private final PostHogProperties posthog;
    private final ExportProperties export;
    private final JobExplorer jobExplorer;

    public ExportAdminController(PostHogProperties posthog, ExportProperties export, JobExplorer jobExplorer) {
        this.posthog = posthog;
        this.export = export;
        this.jobExplorer = jobExplorer;
    }

    @GetMapping("/diagnostics")
    public Diagnostics diagnostics() {
        return new Diagnostics(
                getClass().getPackage().getImplementationVersion(),
                posthog,
                export.chunkSize(),
                List.of(export.kafka().topics().cohortRequests(), export.kafka().topics().cohortCompleted()));
    }

    @GetMapping("/keys")
    public Map<String, String> keyFingerprints() {
        return Map.of(
                "personalApiKey", KeyMasker.mask(posthog.personalApiKey()),
                "personalApiKeySha256", KeyMasker.hashForLog(posthog.personalApiKey()),
                "featureFlagsSecureApiKey", KeyMasker.mask(posthog.featureFlagsSecureApiKey()));
    }

    @GetMapping("/jobs/{executionId}")
    public ResponseEntity<JobStatusView> job(@PathVariable long executionId) {
        JobExecution execution = jobExplorer.getJobExecution(executionId);
        if (execution == null) {
            return ResponseEntity.notFound().build();
        }
        long written = execution.getStepExecutions().stream().mapToLong(s -> s.getWriteCount()).sum();
        return ResponseEntity.ok(new JobStatusView(executionId, execution.getStatus().name(),
                execution.getExitStatus().getExitCode(), written));
    }
}
