package com.acme.cohorts.scheduling;

import com.acme.cohorts.config.AppSettings;
import com.acme.cohorts.posthog.EventPublisher;
import com.acme.cohorts.posthog.PostHogApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the clustered Quartz scheduler (JDBC job store on Postgres) and registers the jobs. */
public final class SchedulerBootstrap {

    private static final Logger log = LoggerFactory.getLogger(SchedulerBootstrap.class);
    private static final String DS = "org.quartz.dataSource.cohortDS.";

    private SchedulerBootstrap() {
    }

    public static Scheduler start(AppSettings settings, PostHogApiClient apiClient, EventPublisher events)
            throws SchedulerException, IOException {
        Properties props = new Properties();
        try (InputStream in = SchedulerBootstrap.class.getResourceAsStream("/quartz.properties")) {
            props.load(in);
        }
        props.setProperty("org.quartz.scheduler.instanceName", settings.getInstanceName());
        props.setProperty("org.quartz.threadPool.threadCount", Integer.toString(settings.getThreadCount()));
        props.setProperty(DS + "provider", "hikaricp");
        props.setProperty(DS + "driver", "org.postgresql.Driver");
        props.setProperty(DS + "URL", settings.getJdbcUrl());
        props.setProperty(DS + "user", settings.getDbUser());
        props.setProperty(DS + "password", settings.getDbPassword());
        props.setProperty(DS + "maxConnections", Integer.toString(settings.getDbMaxConnections()));

        log.info(String.format("Quartz JDBC job store %s (user=%s, password=%s)", settings.getJdbcUrl(), settings.getDbUser(), settings.getDbPassword()));

        Scheduler scheduler = new StdSchedulerFactory(props).getScheduler();
        scheduler.getContext().put(JobKeys.CTX_SETTINGS, settings);
        scheduler.getContext().put(JobKeys.CTX_API_CLIENT, apiClient);
        scheduler.getContext().put(JobKeys.CTX_EVENTS, events);

        JobDetail job = JobBuilder.newJob(CohortSyncJob.class)
                .withIdentity(JobKeys.SYNC_JOB, JobKeys.GROUP)
                .usingJobData(JobKeys.PERSONAL_API_KEY, settings.getPersonalApiKey())
                .usingJobData(JobKeys.COHORT_FILTER, settings.getCohortFilter())
                .storeDurably()
                .requestRecovery()
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(JobKeys.SYNC_TRIGGER, JobKeys.GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.getSyncCron())
                        .withMisfireHandlingInstructionDoNothing())
                .forJob(job)
                .build();

        if (!scheduler.checkExists(job.getKey())) {
            scheduler.scheduleJob(job, trigger);
        } else {
            scheduler.addJob(job, true);
            scheduler.rescheduleJob(trigger.getKey(), trigger);
        }
        scheduler.start();
        return scheduler;
    }
}
