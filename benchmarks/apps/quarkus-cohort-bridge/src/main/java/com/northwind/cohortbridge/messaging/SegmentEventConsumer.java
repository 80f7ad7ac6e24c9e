package com.northwind.cohortbridge.messaging;

import com.northwind.cohortbridge.sync.CohortSyncService;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/**
 * Applies segment changes as they happen, between the periodic full syncs.
 */
@ApplicationScoped
public class SegmentEventConsumer {

    @Inject
    CohortSyncService syncService;

    @Incoming("segment-events")
    @Blocking
    public void onSegmentEvent(SegmentEvent event) {
        Log.infof("Segment event received: %s", event);
        switch (event.action()) {
            case ENTERED -> syncService.replaceSegment("posthog-cohort-" + event.cohortId(), List.of(event.distinctId()));
            case LEFT -> syncService.sync(event.cohortId(), "segment-events");
        }
    }
}
