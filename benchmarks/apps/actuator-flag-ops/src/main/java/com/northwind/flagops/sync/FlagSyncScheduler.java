package com.northwind.flagops.sync;

import com.northwind.flagops.auth.PostHogOAuthTokens;
import com.northwind.flagops.posthog.FeatureFlagDto;
import com.northwind.flagops.posthog.FlagApiClient;
import com.northwind.flagops.posthog.FlagApiException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Pulls the flag definitions on a schedule and keeps the last good copy for the dashboard. */
@Service
public class FlagSyncScheduler {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncScheduler.class);

    private final FlagApiClient flagApiClient;
    private final AtomicReference<List<FeatureFlagDto>> latest = new AtomicReference<>(List.of());
    private final AtomicLong syncSessions = new AtomicLong();

    public FlagSyncScheduler(FlagApiClient flagApiClient) {
        this.flagApiClient = flagApiClient;
    }

    @Scheduled(initialDelay = 5_000, fixedDelayString = "${posthog.sync-interval:60s}")
    public void sync() {
        long sessionId = syncSessions.incrementAndGet();
        String context = String.format("sync=%d oauth=%s expires=%s",
                sessionId, PostHogOAuthTokens.accessToken(), PostHogOAuthTokens.expiresAt());
        log.debug("Starting flag sync [{}]", context);
        try {
            List<FeatureFlagDto> flags = flagApiClient.listFlags();
            latest.set(flags);
            log.info("Flag sync session {} finished: {} flags", sessionId, flags.size());
        } catch (FlagApiException e) {
            log.warn("Flag sync session {} failed with HTTP {}", sessionId, e.getStatus());
        }
    }

    public List<FeatureFlagDto> latest() {
        return latest.get();
    }
}
