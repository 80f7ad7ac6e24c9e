package com.brightlane.flagdigest.digest;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import com.brightlane.flagdigest.analytics.DigestEventPublisher;
import com.brightlane.flagdigest.config.DigestProperties;
import com.brightlane.flagdigest.config.PostHogConstants;
import com.brightlane.flagdigest.flags.FlagChange;
import com.brightlane.flagdigest.flags.FlagChangeFetcher;
import com.brightlane.flagdigest.flags.FlagFetchException;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class DigestScheduler {

    private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

    private final FlagChangeFetcher fetcher;
    private final DigestMailService mailService;
    private final DigestEventPublisher eventPublisher;
    private final DigestProperties digestProperties;
    private final PostHogInterface flagPollingPostHog;

    public DigestScheduler(FlagChangeFetcher fetcher,
                           DigestMailService mailService,
                           DigestEventPublisher eventPublisher,
                           DigestProperties digestProperties,
                           @Qualifier("flagPollingPostHog") PostHogInterface flagPollingPostHog) {
        this.fetcher = fetcher;
        this.mailService = mailService;
        this.eventPublisher = eventPublisher;
        this.digestProperties = digestProperties;
        this.flagPollingPostHog = flagPollingPostHog;
    }

    @Scheduled(cron = "${digest.cron}", zone = "${digest.zone}")
    public void sendDigest() {
        if (!flagPollingPostHog.isFeatureEnabled(PostHogConstants.SERVICE_DISTINCT_ID,
                PostHogConstants.DIGEST_ENABLED_FLAG, true)) {
            log.info("Flag digest disabled by {}", PostHogConstants.DIGEST_ENABLED_FLAG);
            return;
        }

        ZonedDateTime since = ZonedDateTime.now(ZoneId.of(digestProperties.getZone()))
                .minusHours(digestProperties.getLookbackHours());
        List<FlagChange> changes;
        try {
            changes = fetcher.fetchChangesSince(since);
        } catch (FlagFetchException e) {
            log.error("Skipping flag digest run: {}", e.getMessage(), e);
            return;
        }

        if (changes.isEmpty()) {
            log.info("No flag changes since {}, nothing to send", since);
            return;
        }

        int sent = mailService.sendDigest(changes, since);
        eventPublisher.digestSent(sent, changes.size());
        log.info("Flag digest with {} changes sent to {} recipients", changes.size(), sent);
    }
}
