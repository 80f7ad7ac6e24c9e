package com.acme.flagadmin.posthog;

import com.acme.flagadmin.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Server-side PostHog client used to evaluate flags locally before and after a change.
 */
@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Profile("dev")
    PostHogInterface devPostHog(PostHogProperties posthog) {
        log.info("Local flag evaluation for project {} using secure key {}", posthog.projectId(), posthog.featureFlagsSecureApiKey());
        PostHogConfig config = PostHogConfig.builder(posthog.projectApiKey())
                .host(posthog.host())
                .personalApiKey(posthog.featureFlagsSecureApiKey())
                .pollIntervalSeconds(15)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("!dev")
    PostHogInterface postHog(PostHogProperties posthog) {
        String secureKey = posthog.featureFlagsSecureApiKey();
        log.info("Local flag evaluation enabled (secure key length={})", secureKey == null ? 0 : secureKey.length());
        PostHogConfig config = PostHogConfig.builder(posthog.projectApiKey())
                .host(posthog.host())
                .personalApiKey(secureKey)
                .debug(false)
                .build();
        return PostHog.with(config);
    }
}
