package com.acme.cohorts.scheduling;

import com.acme.cohorts.config.AppSettings;
import com.acme.cohorts.filter.CohortFilterParser;
import com.acme.cohorts.posthog.CohortDto;
import com.acme.cohorts.posthog.CohortSyncException;
import com.acme.cohorts.posthog.EventPublisher;
import com.acme.cohorts.posthog.PostHogApiClient;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.PersistJobDataAfterExecution;
import org.quartz.SchedulerContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Recalculates every dynamic cohort that matches the configured filter. */
@DisallowConcurrentExecution
@PersistJobDataAfterExecution
public class CohortSyncJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(CohortSyncJob.class);
    private static final AtomicLong RUNS = new AtomicLong();

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        long syncSessionId = RUNS.incrementAndGet();
        JobDataMap data = context.getMergedJobDataMap();
        String personalApiKey = data.getString(JobKeys.PERSONAL_API_KEY);
        JobKeys.TokenKind token = personalApiKey != null
                ? JobKeys.TokenKind.PERSONAL_API_KEY
                : JobKeys.TokenKind.OAUTH_ACCESS_TOKEN;

        SchedulerContext schedulerContext;
        try {
            schedulerContext = context.getScheduler().getContext();
        } catch (SchedulerException e) {
            throw new JobExecutionException("scheduler context unavailable", e);
        }
        AppSettings settings = (AppSettings) schedulerContext.get(JobKeys.CTX_SETTINGS);
        PostHogApiClient api = (PostHogApiClient) schedulerContext.get(JobKeys.CTX_API_CLIENT);
        EventPublisher events = (EventPublisher) schedulerContext.get(JobKeys.CTX_EVENTS);

        MDC.put("syncSessionId", String.valueOf(syncSessionId));
        MDC.put("flagsKey", settings.getSecureFlagsKey());
        try {
            log.info("Cohort sync {} fired at {}, authenticating with token {}", syncSessionId, context.getFireTime(), token);
            log.debug("Job {} using PostHog key {}", context.getJobDetail().getKey(), personalApiKey);

            Predicate<String> filter = CohortFilterParser.parse(data.getString(JobKeys.COHORT_FILTER));
            List<CohortDto> cohorts = api.listCohorts();
            for (CohortDto cohort : cohorts) {
                if (cohort.isStatic() || cohort.calculating() || !filter.test(cohort.name())) {
                    continue;
                }
                long started = System.currentTimeMillis();
                api.recalculate(cohort.id());
                events.cohortSynced(cohort.id(), cohort.name(), cohort.count(),
                        System.currentTimeMillis() - started);
            }
            log.info("Cohort sync {} done: {} cohorts seen", syncSessionId, cohorts.size());
        } catch (CohortSyncException e) {
            log.warn("Cohort sync {} failed with HTTP {} (retryable={})", syncSessionId, e.statusCode(), e.isRetryable());
            JobExecutionException failure = new JobExecutionException("cohort sync failed with HTTP " + e.statusCode());
            failure.setRefireImmediately(false);
            throw failure;
        } catch (IOException e) {
            throw new JobExecutionException("I/O error talking to PostHog", e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobExecutionException("interrupted", e, false);
        } finally {
            MDC.remove("flagsKey");
            MDC.remove("syncSessionId");
        }
    }
}
