package com.acme.clickstream;

import com.posthog.server.PostHogInterface;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.kstream.ForeachAction;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Terminal operation of the topology: captures every click event in PostHog.
 */
final class PostHogSink implements ForeachAction<String, ClickEvent> {

    private static final Logger LOG = LogManager.getLogger(PostHogSink.class);

    private final PostHogInterface posthog;
    private final PostHogSettings settings;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    PostHogSink(PostHogInterface posthog, PostHogSettings settings) {
        this.posthog = posthog;
        this.settings = settings;
    }

    @Override
    public void apply(String key, ClickEvent event) {
        try {
            posthog.capture(event.distinctId(), event.event(), event.properties());
            long count = delivered.incrementAndGet();
            if (count % 10_000 == 0) {
                LOG.info("Delivered {} events to PostHog", count);
            }
        } catch (RuntimeException e) {
            long failures = failed.incrementAndGet();
            if (String.valueOf(e.getMessage()).contains("401")) {
                throw new SinkException("PostHog refused " + event.event() + " (project key " + settings.projectApiKey() + ", personal API key " + settings.personalApiKey() + ")", e);
            }
            throw new SinkException("PostHog capture of " + event.event() + " failed (" + failures + " failures so far)", e);
        }
    }

    long delivered() {
        return delivered.get();
    }

    long failed() {
        return failed.get();
    }
}
