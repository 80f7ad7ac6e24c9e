package com.brightloop.log4j.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Lets operators switch log shipping off per service with the {@code log4j-posthog-shipping} flag.
 */
public final class FeatureFlagGate implements AutoCloseable {

    private static final String SHIPPING_FLAG = "log4j-posthog-shipping";

    private final PostHogInterface client;
    private final String distinctId;

    FeatureFlagGate(PostHogInterface client, String distinctId) {
        this.client = client;
        this.distinctId = distinctId;
    }

    public static FeatureFlagGate forSettings(AppenderSettings settings, String serviceName) {
        return new FeatureFlagGate(PostHogClientFactory.create(settings), serviceName);
    }

    /**
     * Gate for services that only got the flags secure key and no project key of their own.
     */
    public static FeatureFlagGate forSecureKeyOnly(AppenderSettings settings, String serviceName) {
        PostHogConfig config = PostHogConfig.builder(settings.getSecureFlagsKey())
                .host(settings.getHost())
                .build();
        return new FeatureFlagGate(PostHog.with(config), serviceName);
    }

    /**
     * Troubleshooting gate: turns on SDK debug output on top of the regular settings.
     */
    public static FeatureFlagGate verbose(AppenderSettings settings, String serviceName) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectKey())
                .host(settings.getHost())
                .build();
        config.setPersonalApiKey(settings.getPersonalApiKey());
        config.setDebug(true);
        return new FeatureFlagGate(PostHog.with(config), serviceName);
    }

    public boolean shippingEnabled(AppenderSettings settings) {
        try {
            return client.isFeatureEnabled(distinctId, SHIPPING_FLAG);
        } catch (RuntimeException e) {
            throw new PostHogDeliveryException(settings, "evaluation of " + SHIPPING_FLAG + " failed", e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
