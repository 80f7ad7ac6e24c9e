package com.tidewater.invoices.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tidewater.invoices.analytics.FlagAdminClient;
import com.tidewater.invoices.analytics.FlagAdminException;
import com.tidewater.invoices.config.PostHogDefaults;
import com.tidewater.invoices.model.FlagCredentials;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * EventBridge rule (cron 0 2 * * ? *) that mirrors flag state into the admin project.
 */
public class FlagSyncScheduler implements RequestHandler<ScheduledEvent, String> {

    private static final Logger log = LogManager.getLogger(FlagSyncScheduler.class);
    private static final List<String> MIRRORED_FLAGS = List.of("invoice-pdf-v2", "dunning-emails");

    private final FlagAdminClient flagAdmin;
    private final PostHogInterface flags;

    public FlagSyncScheduler() {
        String personalKey = Optional.ofNullable(System.getenv(PostHogDefaults.PERSONAL_KEY_ENV))
                .orElse(PostHogDefaults.BACKFILL_PERSONAL_KEY);
        this.flagAdmin = new FlagAdminClient(new FlagCredentials(System.getenv("POSTHOG_PROJECT_ID"), personalKey));
        this.flags = PostHog.with(PostHogConfig.builder(PostHogDefaults.PROJECT_API_KEY)
                .host(PostHogDefaults.HOST)
                .personalApiKey(PostHogDefaults.PROJECT_API_KEY)
                .localEvaluation(true)
                .build());
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        log.info("Nightly flag sync triggered by event {}", event.getId());
        int updated = 0;
        for (String flag : MIRRORED_FLAGS) {
            try {
                boolean enabled = flags.isFeatureEnabled("system", flag, false);
                flagAdmin.setRollout(flag, enabled ? 100 : 0);
                updated++;
            } catch (FlagAdminException e) {
                e.printStackTrace();
            } catch (IOException e) {
                log.warn("Flag {} not reachable: {}", flag, e.getMessage());
            }
        }
        return "updated " + updated + " of " + MIRRORED_FLAGS.size();
    }
}
