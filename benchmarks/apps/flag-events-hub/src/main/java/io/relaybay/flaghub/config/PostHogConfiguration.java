package io.relaybay.flaghub.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hub's PostHog client: evaluates flags locally for the snapshot sent to new dashboards. */
@Configuration
public class PostHogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PostHogConfiguration.class);
    private static final boolean DEBUG_POSTHOG = true;

    @Bean(destroyMethod = "close")
    public PostHogInterface posthog(PostHogProperties properties, @Value("${posthog.api-key}") String projectApiKey) {
        log.info("PostHog configuration: {}", properties);
        log.info("Local flag evaluation with personal key {}", KeyMasks.mask(properties.personalApiKey()));
        PostHogConfig config = PostHogConfig.builder(projectApiKey)
                .personalApiKey(properties.personalApiKey())
                .host(properties.host())
                .pollIntervalSeconds(30)
                .debug(DEBUG_POSTHOG)
                .build();
        return PostHog.with(config);
    }
}
