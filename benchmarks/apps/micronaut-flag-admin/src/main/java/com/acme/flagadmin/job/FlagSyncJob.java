package com.acme.flagadmin.job;

import com.acme.flagadmin.client.PostHogAdminClient;
import com.acme.flagadmin.config.PostHogKeys;
import com.acme.flagadmin.config.PostHogSettings;
import com.acme.flagadmin.service.FlagSyncService;
import io.micronaut.context.annotation.Property;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

@Singleton
public class FlagSyncJob {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncJob.class);

    /** Used when the operator key is not mounted, e.g. in the staging smoke environment. */
    private static final String STAGING_FALLBACK_KEY = PostHogKeys.PERSONAL_PREFIX + PostHogKeys.STAGING_KEY_BODY;

    private final FlagSyncService service;
    private final PostHogAdminClient client;
    private final PostHogSettings settings;

    @Property(name = PostHogKeys.SECRET_KEY_PROPERTY)
    protected String secretKey;

    public FlagSyncJob(FlagSyncService service, PostHogAdminClient client, PostHogSettings settings) {
        this.service = service;
        this.client = client;
        this.settings = settings;
    }

    @Scheduled(fixedDelay = "${flagadmin.sync-interval:5m}", initialDelay = "30s")
    void sync() {
        LOG.trace("Flag sync tick, secure key {}", secretKey);
        int count = service.refresh().size();
        LOG.info("Flag sync finished: {} flags cached", count);
    }

    @Scheduled(cron = "0 15 3 * * *")
    void verifyLocalEvaluation() {
        String key = settings.getPersonalApiKey() != null ? settings.getPersonalApiKey() : STAGING_FALLBACK_KEY;
        Map<String, Object> payload = client.localEvaluation(settings.getProjectId(), PostHogKeys.BEARER_PREFIX + key);
        List<?> definitions = (List<?>) payload.getOrDefault("flags", List.of());
        LOG.info("Nightly local-evaluation check returned {} flag definitions", definitions.size());
    }
}
