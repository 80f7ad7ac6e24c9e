package com.kelpford.usage.runner;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Daemon mode: run the export every night.
 */
@Component
@ConditionalOnProperty(name = "export.mode", havingValue = "daemon", matchIfMissing = true)
public class NightlySchedule {

    private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());

    private final JobLauncher launcher;
    private final Job usageExportJob;

    public NightlySchedule(JobLauncher launcher, Job usageExportJob) {
        this.launcher = launcher;
        this.usageExportJob = usageExportJob;
    }

    @Scheduled(cron = "${export.cron}")
    public void runNightly() {
        LocalDate day = LocalDate.now().minusDays(1);
        try {
            launcher.run(usageExportJob, new JobParametersBuilder().addLocalDate("day", day).toJobParameters());
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "nightly export for " + day + " could not start", e);
        }
    }
}
