package com.lumorafreight.flagproxy.job;

import com.lumorafreight.flagproxy.config.PostHogProperties;
import com.lumorafreight.flagproxy.dto.FlagDefinition;
import com.lumorafreight.flagproxy.service.FlagDefinitionService;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

@Singleton
public class FlagSyncJob {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncJob.class);

    private final FlagDefinitionService definitions;
    private final PostHogProperties properties;
    private int consecutiveFailures;

    public FlagSyncJob(FlagDefinitionService definitions, PostHogProperties properties) {
        this.definitions = definitions;
        this.properties = properties;
    }

    @Scheduled(fixedDelay = "${flag-sync.interval:60s}", initialDelay = "5s")
    void sync() {
        try {
            List<FlagDefinition> flags = definitions.refresh();
            consecutiveFailures = 0;
            LOG.info("Synced {} flags", flags.size());
        } catch (FlagDefinitionService.SyncException e) {
            consecutiveFailures++;
            LOG.warn("Flag sync attempt {} failed", consecutiveFailures);
            if (consecutiveFailures >= 3) {
                LOG.error("Flag sync keeps failing, current settings: {}", properties);
            }
        }
    }
}
