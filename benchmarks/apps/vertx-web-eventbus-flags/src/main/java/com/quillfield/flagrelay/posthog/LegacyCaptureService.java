package com.quillfield.flagrelay.posthog;

import com.posthog.java.PostHog;
import com.quillfield.flagrelay.config.PostHogSettings;

import java.util.Map;

/**
 * Capture path kept for the v1 SDK until the billing exporter is migrated to posthog-server.
 */
public class LegacyCaptureService {

    private final PostHog posthog;

    public LegacyCaptureService(PostHogSettings settings) {
        this.posthog = new PostHog.Builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
    }

    public void flagExposure(String distinctId, String flagKey, Object variant) {
        posthog.capture(distinctId, "$feature_flag_called", Map.of(
                "$feature_flag", flagKey,
                "$feature_flag_response", String.valueOf(variant)));
    }

    public void shutdown() {
        posthog.shutdown();
    }
}
