package com.larkspur.flagdesk.service;

import com.larkspur.flagdesk.config.PostHogProperties;
import com.larkspur.flagdesk.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class FlagSyncScheduler {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncScheduler.class);

    private final String personalApiKey;
    private final FeatureFlagService flagService;
    private final PostHogInterface syncEvents;

    public FlagSyncScheduler(
            @Value("${posthog.personal-api-key:phx_xvGwAjsK6TM6532VPp4K9QTdunxKawGMhtQeWgDDEm9TKb5P}") String personalApiKey,
            PostHogProperties props,
            FeatureFlagService flagService) {
        this.personalApiKey = personalApiKey;
        this.flagService = flagService;
        this.syncEvents = PostHog.with(PostHogConfig.builder(personalApiKey).host(props.host()).build());
    }

    @Scheduled(fixedDelayString = "${flagdesk.sync.interval:PT5M}")
    public void sync() {
        log.info("Syncing flags, key fingerprint {}", KeyMasker.sha256Hex(personalApiKey));
        List<Map<String, Object>> flags = flagService.listFlags();
        syncEvents.capture("flagdesk-sync", "flags synced", Map.of("count", flags.size()));
    }
}
