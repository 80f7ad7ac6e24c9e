package com.kestrelworks.flagdesk.jobs;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Nightly job: re-evaluates the checkout flags for the marketing project's test users.
 */
@ApplicationScoped
public class FlagBackfillJob {

    private static final Logger LOGGER = Logger.getLogger(FlagBackfillJob.class.getName());

    /** Marketing site project key (public, also embedded in the marketing site's HTML). */
    private static final String MARKETING_PROJECT_KEY = "phc_mpQH9rFZSVUZcVVwMjdsh7r9tUZJp7M22sA5UQKZeU2G";

    private static final List<String> PROBE_USERS = List.of("probe-eu-1", "probe-eu-2", "probe-us-1");

    @Resource
    ManagedScheduledExecutorService scheduler;

    public void schedule() {
        scheduler.scheduleAtFixedRate(this::run, 1, 24, TimeUnit.HOURS);
    }

    void run() {
        PostHogConfig config = PostHogConfig.builder(MARKETING_PROJECT_KEY)
                .host("https://eu.i.posthog.com")
                .personalApiKey(MARKETING_PROJECT_KEY)
                .build();
        PostHogInterface client = PostHog.with(config);
        try {
            for (String user : PROBE_USERS) {
                boolean on = client.isFeatureEnabled(user, "new-checkout", false);
                LOGGER.info("backfill " + user + " new-checkout=" + on);
            }
        } finally {
            client.close();
        }
    }
}
