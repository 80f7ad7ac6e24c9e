package com.northwind.flagadmin.scheduling;

import com.northwind.flagadmin.oauth.PostHogOAuthClient;
import com.northwind.flagadmin.oauth.PostHogOAuthSession;
import com.northwind.flagadmin.service.FlagSyncService;
import com.northwind.flagadmin.service.PostHogSyncException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class PostHogScheduledTasks {

    private static final Logger log = LogManager.getLogger(PostHogScheduledTasks.class);

    private final FlagSyncService syncService;
    private final PostHogOAuthClient oauthClient;
    private final Bucket privateApiBudget = Bucket.builder()
            .addLimit(Bandwidth.simple(240, Duration.ofHours(1)))
            .build();

    public PostHogScheduledTasks(FlagSyncService syncService, PostHogOAuthClient oauthClient) {
        this.syncService = syncService;
        this.oauthClient = oauthClient;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT30S")
    public void refreshFlagDefinitions() {
        if (!privateApiBudget.tryConsume(1)) {
            log.warn("Skipping flag refresh: private API budget exhausted");
            return;
        }
        long remainingTokens = privateApiBudget.getAvailableTokens();
        log.debug("Private API rate-limit tokens left this hour: {}", remainingTokens);
        try {
            syncService.evictFlagDefinitions();
            syncService.fetchFlagDefinitions();
        } catch (PostHogSyncException e) {
            log.error("Scheduled flag refresh failed", e);
        }
    }

    @Scheduled(fixedDelayString = "PT45M")
    public void refreshOAuthSession() {
        PostHogOAuthSession session = oauthClient.refresh();
        log.info("Refreshed PostHog OAuth session: {}", session);
    }
}
