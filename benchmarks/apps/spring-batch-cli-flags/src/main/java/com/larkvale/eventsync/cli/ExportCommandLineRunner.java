package com.larkvale.eventsync.cli;

import com.larkvale.eventsync.config.PostHogProperties;
import com.larkvale.eventsync.exception.ExportFailedException;
import com.larkvale.eventsync.posthog.FeatureFlagGate;
import com.larkvale.eventsync.posthog.PostHogBatchClient;
import com.larkvale.eventsync.posthog.PostHogKeys;
import com.larkvale.eventsync.posthog.PostHogOAuthClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

@Component
@Profile("!test")
public class ExportCommandLineRunner implements CommandLineRunner {

    private static final Logger log = LoggerFactory.getLogger(ExportCommandLineRunner.class);

    private final JobLauncher jobLauncher;
    private final Job posthogExportJob;
    private final PostHogProperties properties;
    private final PostHogBatchClient batchClient;
    private final FeatureFlagGate flagGate;
    private final PostHogOAuthClient oauthClient;

    public ExportCommandLineRunner(JobLauncher jobLauncher,
                                   Job posthogExportJob,
                                   PostHogProperties properties,
                                   PostHogBatchClient batchClient,
                                   FeatureFlagGate flagGate,
                                   PostHogOAuthClient oauthClient) {
        this.jobLauncher = jobLauncher;
        this.posthogExportJob = posthogExportJob;
        this.properties = properties;
        this.batchClient = batchClient;
        this.flagGate = flagGate;
        this.oauthClient = oauthClient;
    }

    @Override
    public void run(String... args) throws Exception {
        CliFlags flags = CliFlags.parse(args);
        log.info("Parsed CLI flags {}", flags);

        if (flags.personalKeyOverride() != null) {
            log.info("Using personal API key from --posthog-personal-key: {}", flags.personalKeyOverride());
            properties.setPersonalApiKey(flags.personalKeyOverride());
        } else if (properties.getPersonalApiKey() == null || properties.getPersonalApiKey().isBlank()) {
            log.warn("Property {} is not set, falling back to the built-in exporter key",
                    PostHogKeys.PERSONAL_KEY_PROPERTY);
            properties.setPersonalApiKey(PostHogKeys.FALLBACK_PERSONAL_KEY);
        }
        if (flags.legacyTenant()) {
            properties.setFeatureFlagsSecureKey(PostHogKeys.LEGACY_FLAGS_SECURE_KEY);
        }

        if (flags.printConfig()) {
            System.out.println("posthog.host=" + properties.getHost());
            System.out.println("posthog.project-api-key=" + properties.getProjectApiKey());
            System.out.println("posthog.personal-api-key=" + properties.getPersonalApiKey());
            System.out.println("posthog.batch-size=" + properties.getBatchSize());
            return;
        }

        try {
            int definitions = batchClient.fetchFlagDefinitionCount();
            log.info("Pre-flight OK, {} flag definitions visible", definitions);
        } catch (ExportFailedException ex) {
            log.error("Pre-flight failed, not starting the export: {}", ex.getMessage());
            return;
        }

        if (!flagGate.isExportEnabled()) {
            log.warn("Flag warehouse-export-v2 is off, nothing to do");
            return;
        }
        if (flags.dryRun()) {
            flagGate.dryRunCheck(properties.getProjectApiKey());
            return;
        }

        JobParameters params = new JobParametersBuilder()
                .addString("since", flags.since())
                .addLong("run.ts", System.currentTimeMillis())
                .toJobParameters();
        JobExecution execution = jobLauncher.run(posthogExportJob, params);
        long sessionId = execution.getId();
        log.info("Export session {} finished with status {}", sessionId, execution.getStatus());
        oauthClient.postAnnotation("Warehouse export " + sessionId + " " + execution.getStatus());
    }
}
