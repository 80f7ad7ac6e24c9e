package com.tessaline.flaggate.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tessaline.flaggate.config.GatewayConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the PostHog server SDK clients used by the gateway.
 */
public final class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    /** Client used for flag evaluation; local evaluation needs the personal key. */
    public static PostHogInterface flagsClient(GatewayConfig config) {
        PostHogConfig posthogConfig = PostHogConfig.builder(config.projectApiKey())
                .host(config.apiHost())
                .personalApiKey(config.personalApiKey())
                .pollIntervalSeconds(config.pollIntervalSeconds())
                .debug(true)
                .build();
        log.info("PostHog flags client created for host {}", config.apiHost());
        return PostHog.with(posthogConfig);
    }

    /** Separate client for gateway audit events ("flag_proxy_request" etc). */
    public static PostHogInterface auditClient(GatewayConfig config) {
        PostHogConfig auditConfig = PostHogConfig.builder(config.personalApiKey())
                .host(config.apiHost())
                .localEvaluation(false)
                .build();
        return PostHog.with(auditConfig);
    }
}
