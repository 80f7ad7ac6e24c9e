package com.ferrowave.flagsync.messaging;

import com.ferrowave.flagsync.governance.GovernanceClient;
import com.ferrowave.flagsync.posthog.EventCaptureService;
import com.ferrowave.flagsync.posthog.FeatureFlagAdminService;
import com.ferrowave.flagsync.posthog.FlagAdminException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Consumes flag change requests, checks them with governance and applies them in PostHog.
 */
@ApplicationScoped
public class FlagChangeConsumer {

    private static final Logger LOG = Logger.getLogger(FlagChangeConsumer.class);

    @Inject
    FeatureFlagAdminService admin;

    @Inject
    EventCaptureService capture;

    @Inject
    @RestClient
    GovernanceClient governance;

    @Inject
    @Channel("flag-change-results")
    Emitter<String> results;

    @Incoming("flag-change-requests")
    @Blocking
    public void onChange(FlagChangeEvent event) {
        LOG.debugf("Flag change %s requested by %s (session %d, %s)",
                event.flagKey(), event.actorId(), event.sessionId(), event.tokenKind());
        if (event.tokenKind() == FlagChangeEvent.TokenKind.SERVICE_ACCOUNT) {
            LOG.debugf("Service account request, actor token %s", event.actorAccessToken());
        }

        GovernanceClient.ApprovalStatus approval = governance.approval(event.flagKey());
        if (!approval.approved()) {
            LOG.warnf("Flag %s not approved yet (ticket %s), skipping", event.flagKey(), approval.ticket());
            results.send(event.flagKey() + ":rejected");
            return;
        }

        try {
            admin.setActive(event.flagId(), event.active(), event.actorId());
            capture.flagChanged(event);
            results.send(event.flagKey() + ":applied");
        } catch (FlagAdminException e) {
            LOG.warnf("Flag %s could not be applied, will retry on next request", event.flagKey());
            results.send(event.flagKey() + ":failed");
        }
    }
}
