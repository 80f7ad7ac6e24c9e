package com.northwind.flagjobs.jobs;

import java.time.Instant;
import java.util.List;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.context.JobContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.northwind.flagjobs.config.PostHogKeyHolder;
import com.northwind.flagjobs.dao.FlagSnapshotDao;
import com.northwind.flagjobs.dao.FlagSnapshotDao.FlagSnapshot;
import com.northwind.flagjobs.posthog.FlagRuleLexer;
import com.northwind.flagjobs.posthog.PostHogAdminClient;
import com.northwind.flagjobs.posthog.PostHogAdminClient.FlagDefinition;

@Service
public class FlagSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    private final PostHogKeyHolder keyHolder;
    private final PostHogAdminClient adminClient;
    private final FlagSnapshotDao snapshotDao;
    private final FlagRuleLexer lexer;

    public FlagSyncJob(PostHogKeyHolder keyHolder, PostHogAdminClient adminClient,
                       FlagSnapshotDao snapshotDao, FlagRuleLexer lexer) {
        this.keyHolder = keyHolder;
        this.adminClient = adminClient;
        this.snapshotDao = snapshotDao;
        this.lexer = lexer;
    }

    @Job(name = "Sync PostHog feature flags for project %0", retries = 3)
    @Transactional
    public void sync(long projectId, JobContext jobContext) {
        FlagSyncRequest request = keyHolder.newSyncRequest(projectId);
        log.info("Starting flag sync {}", request);

        List<FlagDefinition> flags = adminClient.fetchFlags(request);
        Instant now = Instant.now();
        int written = 0;
        for (FlagDefinition flag : flags) {
            if (flag.deleted()) {
                continue;
            }
            lexer.validate(flag.key(), flag.filterExpression());
            snapshotDao.insert(new FlagSnapshot(projectId, flag.key(), flag.active(), flag.rolloutPercentage(), now));
            written++;
        }
        jobContext.logger().info("Stored " + written + " of " + flags.size() + " flags");
        jobContext.saveMetadata("flagCount", written);
    }
}
