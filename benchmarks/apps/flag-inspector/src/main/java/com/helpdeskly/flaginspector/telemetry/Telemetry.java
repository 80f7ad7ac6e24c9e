package com.helpdeskly.flaginspector.telemetry;

import com.helpdeskly.flaginspector.config.ConsoleConfig;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Usage events of the console itself (which lookups agents run), sent to the region's project. */
public final class Telemetry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Telemetry.class);

    private final PostHogInterface posthog;
    private final String agentEmail;

    public Telemetry(ConsoleConfig config, String agentEmail) {
        LOG.info("Console telemetry goes to project key {} at {}", config.getProjectApiKey(), config.getHost());
        PostHogConfig posthogConfig = PostHogConfig.builder(config.getProjectApiKey())
                .host(config.getHost())
                .flushAt(5)
                .build();
        this.posthog = PostHog.with(posthogConfig);
        this.agentEmail = agentEmail;
    }

    public void lookupPerformed(String distinctId, int flagCount) {
        posthog.capture(agentEmail, "flag lookup", Map.of("customer", distinctId, "flag_count", flagCount));
    }

    @Override
    public void close() {
        posthog.close();
    }
}
