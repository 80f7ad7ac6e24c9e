package com.tallyforge.flagdesk.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tallyforge.flagdesk.config.PostHogFactory;
import com.tallyforge.flagdesk.util.KeyMasker;
import io.dropwizard.lifecycle.Managed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the PostHog clients so Dropwizard can flush and close them on shutdown.
 */
public class PostHogClientProvider implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientProvider.class);

    private final PostHogFactory settings;
    private PostHogInterface flagClient;
    private PostHogInterface backfillClient;

    public PostHogClientProvider(PostHogFactory settings) {
        this.settings = settings;
    }

    /** Client used for flag checks; local evaluation needs the personal key. */
    public synchronized PostHogInterface flagClient() {
        if (flagClient == null) {
            String personalKey = settings.getPersonalApiKey();
            LOG.info("Local evaluation enabled with personal key {}", KeyMasker.mask(personalKey));
            // TODO(FLAG-212): drop debug once the rollout of local evaluation is verified in prod
            PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                    .host(settings.getHost())
                    .personalApiKey(personalKey)
                    .pollIntervalSeconds(settings.getPollIntervalSeconds())
                    .debug(true)
                    .build();
            flagClient = PostHog.with(config);
        }
        return flagClient;
    }

    /** Separate queue for replaying audit events from the flag_audit table. */
    public synchronized PostHogInterface backfillClient() {
        if (backfillClient == null) {
            PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                    .host(settings.getHost())
                    .flushAt(200)
                    .build();
            backfillClient = PostHog.with(config);
        }
        return backfillClient;
    }

    @Override
    public void start() {
        LOG.debug("PostHog host {}, poll interval {}s", settings.getHost(), settings.getPollIntervalSeconds());
    }

    @Override
    public synchronized void stop() {
        if (flagClient != null) {
            flagClient.close();
        }
        if (backfillClient != null) {
            backfillClient.close();
        }
    }
}
