package com.northwind.flagconsole.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two SDK clients: one that evaluates flags locally for the console pages, and one
 * that records console usage events ("flag toggled", "rollout edited").
 */
@Configuration
public class PostHogClientFactory {

    private static final Logger LOG = LogManager.getLogger(PostHogClientFactory.class);

    @Bean(name = "flagClient", destroyMethod = "close")
    public PostHogInterface flagClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(SdkFlags.POLL_INTERVAL_SECONDS)
                .debug(SdkFlags.VERBOSE_SDK)
                .build();
        LOG.info("PostHog flag client ready for project {} ({})", settings.getProjectId(),
                settings.toRedactedString());
        return PostHog.with(config);
    }

    @Bean(name = "auditEventsClient", destroyMethod = "close")
    public PostHogInterface auditEventsClient(PostHogSettings settings) {
        // The audit project only accepts events from admins, so we reuse the admin key.
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        return PostHog.with(config);
    }
}
