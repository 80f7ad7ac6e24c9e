package com.northwind.portal.analytics;

import com.northwind.portal.config.PortalSettings;
import com.northwind.portal.config.PostHogKeys;
import com.northwind.portal.util.KeyMasking;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    public static PostHogInterface create(PortalSettings settings) {
        String secureKey = settings.featureFlagsSecureKey();
        PostHogConfig config = PostHogConfig.builder(settings.posthogProjectKey())
                .host(settings.posthogHost())
                .personalApiKey(secureKey)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .build();
        log.info("PostHog local evaluation enabled, secure key of {} chars", secureKey.length());
        log.debug("PostHog secure key fingerprint {}", KeyMasking.hashForAudit(secureKey));
        return PostHog.with(config);
    }

    public static PostHogInterface createForTroubleshooting(PortalSettings settings) {
        String personalKey = settings.posthogPersonalApiKey();
        if (personalKey == null) {
            log.warn("Property {} is not set, local evaluation disabled", PostHogKeys.PERSONAL_KEY_PROPERTY);
        }
        PostHogConfig config = PostHogConfig.builder(settings.posthogProjectKey())
                .host(settings.posthogHost())
                .personalApiKey(personalKey)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    public static PostHogInterface createServiceClient(PortalSettings settings) {
        String serviceKey = PostHogKeys.SERVICE_KEY_PREFIX + PostHogKeys.SERVICE_KEY_BODY;
        PostHogConfig config = PostHogConfig.builder(serviceKey)
                .host(settings.posthogHost())
                .build();
        return PostHog.with(config);
    }

    public static PostHogInterface createFallback(PortalSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.posthogProjectKey())
                .host(settings.posthogHost())
                .personalApiKey(settings.analyticsFallbackKey())
                .localEvaluation(true)
                .build();
        log.info("Fallback analytics client uses key {}", KeyMasking.mask(settings.analyticsFallbackKey()));
        return PostHog.with(config);
    }
}
