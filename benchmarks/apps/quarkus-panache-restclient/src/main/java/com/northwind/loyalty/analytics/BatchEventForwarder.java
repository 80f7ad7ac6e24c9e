package com.northwind.loyalty.analytics;

import com.northwind.loyalty.client.PostHogIngestClient;
import com.northwind.loyalty.client.PostHogIngestClient.CaptureBatch;
import com.northwind.loyalty.client.PostHogIngestClient.CaptureEvent;
import com.northwind.loyalty.client.PostHogIngestClient.FlagsRequest;
import com.northwind.loyalty.client.PostHogIngestClient.FlagsResponse;
import com.northwind.loyalty.config.PostHogSettings;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Buffers loyalty events and ships them to PostHog's batch endpoint.
 */
@ApplicationScoped
public class BatchEventForwarder {

    private static final Logger LOG = Logger.getLogger(BatchEventForwarder.class);
    private static final int MAX_BATCH = 200;

    private final ConcurrentLinkedQueue<CaptureEvent> pending = new ConcurrentLinkedQueue<>();
    private final PostHogIngestClient ingest;
    private final PostHogSettings settings;

    BatchEventForwarder(@RestClient PostHogIngestClient ingest, PostHogSettings settings) {
        this.ingest = ingest;
        this.settings = settings;
    }

    public void enqueue(String distinctId, String event, Map<String, Object> properties) {
        pending.add(new CaptureEvent(event, distinctId, properties, Instant.now().toString()));
    }

    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flush() {
        List<CaptureEvent> batch = new ArrayList<>();
        CaptureEvent next;
        while (batch.size() < MAX_BATCH && (next = pending.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        ingest.batch(new CaptureBatch(settings.projectApiKey(), batch));
        LOG.debugf("Forwarded %d loyalty events to PostHog", batch.size());
    }

    /**
     * Flags for the kiosk export; evaluated server side so the kiosk never holds PostHog credentials.
     */
    public Map<String, Object> flagsFor(String distinctId) {
        FlagsResponse response = ingest.flags(2, new FlagsRequest(settings.featureFlagsSecureKey(), distinctId));
        return response.featureFlags() == null ? Map.of() : response.featureFlags();
    }
}
