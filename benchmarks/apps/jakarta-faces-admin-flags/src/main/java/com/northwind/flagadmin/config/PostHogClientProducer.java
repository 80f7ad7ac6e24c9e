package com.northwind.flagadmin.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

@ApplicationScoped
public class PostHogClientProducer {

    private static final String FALLBACK_SECURE_KEY = KeyParts.SECURE_PREFIX + KeyParts.SECURE_BODY;

    @Inject
    PostHogSettings settings;

    @Produces
    @ApplicationScoped
    public PostHogInterface postHog() {
        String secureKey = settings.getFeatureFlagsSecureKey() != null
                ? settings.getFeatureFlagsSecureKey()
                : FALLBACK_SECURE_KEY;

        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(secureKey)
                .pollIntervalSeconds(30)
                // TODO: turn off again once the new rollout rules are verified in prod
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    public void close(@Disposes PostHogInterface postHog) {
        postHog.close();
    }
}
