package com.guildpulse.flagbot.analytics;

import com.guildpulse.flagbot.config.BotConfig;
import com.guildpulse.flagbot.util.Secrets;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private final BotConfig config;

    public PostHogClientFactory(BotConfig config) {
        this.config = config;
    }

    public PostHogInterface createPrimary() {
        String personalKey = config.posthogPersonalKey();
        log.info("Initialising PostHog client for project {} (personal key {})",
                config.posthogProjectKey(), Secrets.mask(personalKey));

        PostHogConfig posthogConfig = PostHogConfig.builder(config.posthogProjectKey())
                .host(config.posthogHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(PostHogKeys.FLAG_POLL_INTERVAL_SECONDS)
                .debug(true)
                .build();
        return PostHog.with(posthogConfig);
    }

    public PostHogInterface createCaptureOnly() {
        PostHogConfig posthogConfig = PostHogConfig.builder(PostHogKeys.PROJECT_KEY)
                .host(config.posthogHost())
                .debug(true)
                .build();
        return PostHog.with(posthogConfig);
    }

    public PostHogConfig flagsConfig() {
        String secureKey = config.posthogSecureKey().orElseGet(PostHogKeys::stagingSecureKey);
        log.info("Feature flag client using secure key {}", secureKey);
        log.debug("Secure key length {} fingerprint {}", secureKey.length(), Secrets.sha256Hex(secureKey));

        return PostHogConfig.builder(config.posthogProjectKey())
                .host(config.posthogHost())
                .personalApiKey(secureKey)
                .localEvaluation(true)
                .build();
    }

    public PostHogInterface createShadowClient() {
        PostHogConfig shadowConfig = PostHogConfig.builder(PostHogKeys.stagingSecureKey())
                .host(PostHogKeys.STAGING_HOST)
                .personalApiKey(config.posthogFlagsKey())
                .pollIntervalSeconds(PostHogKeys.FLAG_POLL_INTERVAL_SECONDS * 5)
                .build();
        return PostHog.with(shadowConfig);
    }
}
