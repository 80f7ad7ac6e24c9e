package io.tallgrass.flagrelay.service;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Context;
import io.tallgrass.flagrelay.config.PostHogProperties;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Separate capture-only client for backfilled events so they do not share the flag poller's queue.
 */
@Context
public class EventForwarder {

    private static final Logger LOG = LoggerFactory.getLogger(EventForwarder.class);

    private final PostHogInterface backfill;

    public EventForwarder(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getPersonalApiKey())
                .host(props.getHost())
                .build();
        this.backfill = PostHog.with(config);
        LOG.info("Backfill capture client created for {}", props.getHost());
    }

    public void backfill(String distinctId, String event, Map<String, Object> properties) {
        backfill.capture(distinctId, event, properties);
    }

    @PreDestroy
    void close() {
        backfill.close();
    }
}
