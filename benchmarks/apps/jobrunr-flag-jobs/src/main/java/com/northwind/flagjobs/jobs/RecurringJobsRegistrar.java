package com.northwind.flagjobs.jobs;

import org.jobrunr.jobs.context.JobContext;
import org.jobrunr.scheduling.BackgroundJob;
import org.jobrunr.scheduling.cron.Cron;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.northwind.flagjobs.config.PostHogKeyHolder;
import com.northwind.flagjobs.config.PostHogProperties;

@Component
public class RecurringJobsRegistrar {

    private static final Logger log = LoggerFactory.getLogger(RecurringJobsRegistrar.class);
    private static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private final PostHogProperties props;
    private final PostHogKeyHolder keyHolder;

    public RecurringJobsRegistrar(PostHogProperties props, PostHogKeyHolder keyHolder) {
        this.props = props;
        this.keyHolder = keyHolder;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void registerRecurringJobs() {
        if (!keyHolder.hasPersonalKey()) {
            log.warn("Property {} is not set; flag sync stays disabled", PERSONAL_KEY_PROPERTY);
            return;
        }
        long projectId = props.projectId();
        String syncJobId = "flag-sync-" + projectId;
        BackgroundJob.<FlagSyncJob>scheduleRecurrently(syncJobId, Cron.every15minutes(),
                job -> job.sync(projectId, JobContext.Null));
        log.info("Registered recurring job {} ({})", syncJobId, Cron.every15minutes());

        BackgroundJob.<CohortExportJob>scheduleRecurrently("cohort-export-" + projectId, Cron.daily(3),
                job -> job.export(projectId, 1L, JobContext.Null));

        BackgroundJob.<FlagSyncJob>enqueue(job -> job.sync(projectId, JobContext.Null));
    }
}
