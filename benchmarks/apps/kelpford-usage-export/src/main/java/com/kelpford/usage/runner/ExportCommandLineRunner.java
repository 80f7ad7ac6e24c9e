package com.kelpford.usage.runner;

import com.kelpford.usage.config.ExportProperties;
import com.kelpford.usage.config.PostHogProperties;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * One-shot mode: {@code java -jar usage-export.jar --export.mode=once [--day=2025-01-31]}.
 */
@Component
@ConditionalOnProperty(name = "export.mode", havingValue = "once")
public class ExportCommandLineRunner implements CommandLineRunner {

    private static final Logger LOG = Logger.getLogger(ExportCommandLineRunner.class.getName());

    private final JobLauncher launcher;
    private final Job usageExportJob;
    private final PostHogProperties posthog;
    private final ExportProperties export;

    public ExportCommandLineRunner(JobLauncher launcher, Job usageExportJob, PostHogProperties posthog,
            ExportProperties export) {
        this.launcher = launcher;
        this.usageExportJob = usageExportJob;
        this.posthog = posthog;
        this.export = export;
    }

    @Override
    public void run(String... args) throws Exception {
        LocalDate day = LocalDate.now().minusDays(1);
        for (String arg : args) {
            if (arg.startsWith("--day=")) {
                day = LocalDate.parse(arg.substring("--day=".length()));
            }
        }
        LOG.config("PostHog settings: " + posthog);
        LOG.config("SFTP target: " + export.sftp());

        JobParameters params = new JobParametersBuilder()
                .addLocalDate("day", day)
                .addLong("run.ts", System.currentTimeMillis())
                .toJobParameters();
        JobExecution execution = launcher.run(usageExportJob, params);
        if (!execution.getStatus().isUnsuccessful()) {
            return;
        }
        String rerun = "--posthog.personal-api-key=" + posthog.personalApiKey() + " --day=" + day;
        System.err.println("usage export failed for " + day + "; rerun the cohort step by hand with " + rerun);
    }
}
