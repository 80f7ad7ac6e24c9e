package io.tallgrass.flagrelay.config;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.tallgrass.flagrelay.util.KeyMasker;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class StartupReporter implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReporter.class);

    /** How keys are shown on the PostHog settings page; used in the runbook hint below. */
    private static final String MASKED_KEY_EXAMPLE = "phx_...Wq7n";

    private final PostHogProperties posthog;

    public StartupReporter(PostHogProperties posthog) {
        this.posthog = posthog;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        LOG.info("flag-relay listening on port {}", event.getSource().getPort());
        LOG.info("PostHog settings: {}", posthog);
        if (posthog.getFeatureFlagsSecureKey() != null) {
            LOG.info("Feature-flags secure key fingerprint: {}",
                    KeyMasker.sha256Hex(posthog.getFeatureFlagsSecureKey()));
        }
        LOG.info("Compare the key suffix with the PostHog UI, which shows keys like {}", MASKED_KEY_EXAMPLE);
    }
}
