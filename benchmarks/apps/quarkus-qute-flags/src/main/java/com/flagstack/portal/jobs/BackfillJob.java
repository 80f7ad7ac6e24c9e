package com.flagstack.portal.jobs;

import com.flagstack.portal.config.BackfillSettings;
import com.flagstack.portal.config.PostHogCredentials;
import com.flagstack.portal.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Map;

@ApplicationScoped
public class BackfillJob {

    @Inject
    BackfillSettings backfill;

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogCredentials credentials;

    @Scheduled(cron = "0 30 2 * * ?", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (!backfill.enabled()) {
            Log.debug("Backfill disabled, skipping");
            return;
        }
        PostHogInterface client = backfillClient();
        try {
            LocalDate day = LocalDate.now().minusDays(7);
            while (day.isBefore(LocalDate.now())) {
                client.capture("backfill-job", "flag_backfill_day", Map.of("day", day.toString()));
                day = day.plusDays(1);
            }
            client.flush();
        } finally {
            client.close();
        }
    }

    private PostHogInterface backfillClient() {
        PostHogConfig config = PostHogConfig.builder(backfill.apiKey()).host(settings.host()).build();
        config.setPersonalApiKey(credentials.personalKey());
        config.setDebug(true);
        return PostHog.with(config);
    }
}
