package com.northwind.flagdeck.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.northwind.flagdeck.config.PostHogProperties;
import com.northwind.flagdeck.domain.IntegrationToken;
import com.northwind.flagdeck.domain.IntegrationTokenRepository;
import com.northwind.flagdeck.service.FlagAdminService;
import com.northwind.flagdeck.service.FlagAdminService.FlagSummary;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class FlagSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    private final FlagAdminService flagAdminService;
    private final IntegrationTokenRepository tokens;
    private final PostHogInterface postHog;
    private final PostHogProperties properties;

    public FlagSyncJob(FlagAdminService flagAdminService, IntegrationTokenRepository tokens,
                       PostHogInterface postHog, PostHogProperties properties) {
        this.flagAdminService = flagAdminService;
        this.tokens = tokens;
        this.postHog = postHog;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${posthog.sync-interval:PT5M}", initialDelayString = "PT30S")
    public void syncFlags() {
        log.debug("Starting flag sync with {}", properties);
        List<FlagSummary> flags = flagAdminService.listFlags();
        long active = flags.stream().filter(FlagSummary::active).count();
        log.info("Synced {} flags ({} active) for project {}", flags.size(), active, properties.projectId());
        postHog.capture("flagdeck-admin", "flags_synced");
    }

    @Scheduled(cron = "0 15 3 * * *")
    @Transactional
    public void markExpiringTokens() {
        Instant cutoff = Instant.now().plus(Duration.ofDays(7));
        List<IntegrationToken> expiring = tokens.findByStatusAndExpiresAtBefore(IntegrationToken.Status.ACTIVE, cutoff);
        int tokenCount = expiring.size();
        log.info("{} integration tokens expire before {}", tokenCount, cutoff);
        for (IntegrationToken token : expiring) {
            token.setStatus(IntegrationToken.Status.EXPIRING);
            log.warn("Token {} owned by {} is now {}", token.getName(), token.getCreatedBy(), token.getStatus());
            log.debug("Marked expiring: {}", token);
        }
        log.info("{} tokens still active", tokens.countByStatus(IntegrationToken.Status.ACTIVE));
    }
}
