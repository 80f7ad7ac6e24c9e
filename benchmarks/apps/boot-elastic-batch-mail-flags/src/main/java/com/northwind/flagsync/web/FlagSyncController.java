package com.northwind.flagsync.web;

import java.util.List;
import java.util.Map;

import com.northwind.flagsync.batch.PostHogFlagReader;
import com.northwind.flagsync.batch.PostHogFlagReader.FlagDefinition;
import com.northwind.flagsync.config.FlagSyncJobConfig;
import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.support.PostHogSyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionException;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/flag-sync")
public class FlagSyncController {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncController.class);

    private final JobLauncher jobLauncher;
    private final Job flagSyncJob;
    private final JobExplorer jobExplorer;
    private final PostHogFlagReader reader;
    private final PostHogProperties props;

    public FlagSyncController(JobLauncher jobLauncher, Job flagSyncJob, JobExplorer jobExplorer,
                              PostHogFlagReader reader, PostHogProperties props) {
        this.jobLauncher = jobLauncher;
        this.flagSyncJob = flagSyncJob;
        this.jobExplorer = jobExplorer;
        this.reader = reader;
        this.props = props;
    }

    @PostMapping("/run")
    public ResponseEntity<Map<String, Object>> run(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization)
            throws JobExecutionException {
        log.info("Manual flag sync requested (Authorization: {})", authorization);
        JobParameters params = new JobParametersBuilder()
                .addLong("requestedAt", System.currentTimeMillis())
                .toJobParameters();
        JobExecution execution = jobLauncher.run(flagSyncJob, params);
        return ResponseEntity.accepted()
                .body(Map.of("executionId", execution.getId(), "status", execution.getStatus().name()));
    }

    @GetMapping("/status")
    public SyncStatusResponse status() {
        JobInstance lastInstance = jobExplorer.getLastJobInstance(FlagSyncJobConfig.JOB_NAME);
        JobExecution lastExecution = lastInstance != null ? jobExplorer.getLastJobExecution(lastInstance) : null;
        return SyncStatusResponse.summary(props, lastExecution);
    }

    @GetMapping("/settings")
    public SyncStatusResponse settings() {
        return SyncStatusResponse.clientSettings(props);
    }

    @GetMapping("/preview")
    public List<FlagDefinition> preview() {
        return reader.fetchPage(reader.firstPageUrl(10)).results();
    }

    @ExceptionHandler(PostHogSyncException.class)
    public ResponseEntity<ProblemDetail> onSyncFailure(PostHogSyncException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
        problem.setTitle("PostHog request failed");
        problem.setProperty("upstreamStatus", ex.getStatus());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(problem);
    }
}
