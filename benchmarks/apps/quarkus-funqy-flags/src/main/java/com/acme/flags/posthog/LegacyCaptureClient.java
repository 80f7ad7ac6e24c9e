package com.acme.flags.posthog;

import com.acme.flags.config.PostHogKeys;
import com.acme.flags.config.PostHogSettings;
import com.posthog.java.PostHog;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

@ApplicationScoped
public class LegacyCaptureClient {

    private final PostHog posthog;

    public LegacyCaptureClient(PostHogSettings settings) {
        this.posthog = new PostHog.Builder(PostHogKeys.SECURE_KEY_PREFIX + PostHogKeys.SECURE_KEY_BODY)
                .host(settings.host())
                .build();
    }

    public void flagEvaluated(String distinctId, String flagKey, boolean enabled) {
        posthog.capture(distinctId, "$feature_flag_called", Map.of(
                "$feature_flag", flagKey,
                "$feature_flag_response", enabled));
    }

    @PreDestroy
    void shutdown() {
        posthog.shutdown();
    }
}
