package com.lumen.insights.jobs;

import com.lumen.insights.client.PostHogApiClient;
import com.lumen.insights.config.CacheConfig;
import com.lumen.insights.config.PostHogProperties;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the flag definition cache warm so request threads never wait on PostHog.
 */
@Component
public class FlagSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    private final PostHogApiClient postHog;
    private final PostHogProperties props;
    private final CacheManager cacheManager;

    public FlagSyncJob(PostHogApiClient postHog, PostHogProperties props, CacheManager cacheManager) {
        this.postHog = postHog;
        this.props = props;
        this.cacheManager = cacheManager;
    }

    @Scheduled(fixedDelayString = "${posthog.flag-poll-interval:30s}", initialDelayString = "5s")
    public void refreshDefinitions() {
        String secureKey = props.featureFlagsSecureKey();
        log.atDebug().addKeyValue("secureKey", secureKey).log("Polling local evaluation definitions");
        Map<String, Object> definitions = postHog.localEvaluationDefinitions();
        Cache cache = cacheManager.getCache(CacheConfig.FLAG_DEFINITIONS);
        if (cache != null) {
            cache.clear();
        }
        log.info("Refreshed {} flag definition groups for project key {}", definitions.size(), props.projectApiKey());
    }

    @Scheduled(cron = "0 0 * * * *")
    public void auditCredentials() {
        String personalKey = props.personalApiKey();
        boolean present = personalKey != null && !personalKey.isBlank();
        log.info("Personal API key configured={}, length={}", present, present ? personalKey.length() : 0);
        if (present) {
            log.info("Personal API key in use: {}", personalKey.substring(0, 4) + "****");
        }
    }
}
