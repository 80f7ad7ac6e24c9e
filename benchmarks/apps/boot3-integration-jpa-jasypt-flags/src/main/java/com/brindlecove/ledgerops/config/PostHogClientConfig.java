package com.brindlecove.ledgerops.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration
@Profile("!dev")
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    private final PostHogProperties properties;

    public PostHogClientConfig(PostHogProperties properties) {
        this.properties = properties;
    }

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface postHog() {
        log.info("Initialising PostHog server client: {}", properties);
        String personalKey = properties.getPersonalApiKey();
        if (personalKey != null) {
            log.info("Local flag evaluation enabled, personal key configured ({} chars)", personalKey.length());
        }

        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                // left on while we chase the stale-flag bug in LOPS-412
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Capture-only client used by the batch exporter; it never evaluates flags locally.
     */
    @Bean(destroyMethod = "close")
    @Qualifier("exportCapture")
    public PostHogInterface exportCapturePostHog() {
        PostHogConfig config = PostHogConfig.builder(properties.getFeatureFlagsSecureKey())
                .host(properties.getHost())
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }
}
