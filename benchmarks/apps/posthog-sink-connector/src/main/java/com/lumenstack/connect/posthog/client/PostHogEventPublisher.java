package com.lumenstack.connect.posthog.client;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lumenstack.connect.posthog.mapping.CaptureEvent;
import com.posthog.server.PostHogInterface;

/**
 * Sends mapped events through the SDK. The SDK batches internally; {@link #flush()} is called
 * from {@code SinkTask#flush} so offsets are only committed after delivery.
 */
public class PostHogEventPublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostHogEventPublisher.class);

    private final PostHogInterface posthog;

    public PostHogEventPublisher(PostHogInterface posthog) {
        this.posthog = posthog;
    }

    public void publish(CaptureEvent event) {
        posthog.capture(event.distinctId(), event.event(), event.properties());
    }

    public void flush() {
        posthog.flush();
    }

    @Override
    public void close() {
        try {
            posthog.flush();
            posthog.close();
        } catch (RuntimeException e) {
            log.warn("Error while closing PostHog client", e);
        }
    }
}
