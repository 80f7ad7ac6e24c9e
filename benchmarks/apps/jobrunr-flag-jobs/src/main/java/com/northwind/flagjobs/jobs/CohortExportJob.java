package com.northwind.flagjobs.jobs;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.concurrent.ThreadLocalRandom;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.context.JobContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;

import com.northwind.flagjobs.config.PostHogProperties;
import com.northwind.flagjobs.posthog.PostHogAdminClient;
import com.posthog.server.PostHogInterface;

@Service
public class CohortExportJob {

    private static final Logger log = LoggerFactory.getLogger(CohortExportJob.class);

    private final PostHogProperties props;
    private final PostHogAdminClient adminClient;
    private final PostHogInterface exportPostHog;

    public CohortExportJob(PostHogProperties props, PostHogAdminClient adminClient,
                           @Qualifier("export") PostHogInterface exportPostHog) {
        this.props = props;
        this.adminClient = adminClient;
        this.exportPostHog = exportPostHog;
    }

    @Job(name = "Export cohort %1 of project %0", retries = 1)
    public void export(long projectId, long cohortId, JobContext jobContext) {
        long exportSessionId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        log.info("Cohort export {} started for cohort {} (exportSessionId={})", projectId, cohortId, exportSessionId);
        log.debug("Export auth fingerprint {}", DigestUtils.md5DigestAsHex(props.personalApiKey().getBytes(UTF_8)));
        log.debug("Exporting with PostHog personal key {}", props.personalApiKey());

        int persons = adminClient.countCohortPersons(projectId, cohortId, props.personalApiKey());
        exportPostHog.capture("flag-jobs", "cohort exported",
                java.util.Map.of("cohort_id", cohortId, "person_count", persons));
        jobContext.logger().info("Cohort " + cohortId + " has " + persons + " persons");
    }
}
