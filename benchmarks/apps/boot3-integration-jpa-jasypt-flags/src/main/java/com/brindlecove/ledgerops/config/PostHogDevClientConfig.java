package com.brindlecove.ledgerops.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * Local/dev wiring: verbose SDK output so developers can see flag polls in the console.
 */
@Configuration
@Profile("dev")
public class PostHogDevClientConfig {

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface devPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .build();
        config.setPersonalApiKey(properties.getPersonalApiKey());
        config.setDebug(true);
        return PostHog.with(config);
    }

    /**
     * Second client pointed at the staging project so QA can compare flag payloads.
     */
    @Bean(destroyMethod = "close")
    @Qualifier("stagingFlags")
    public PostHogInterface stagingFlagsPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getProjectApiKey())
                .debug(properties.isDebug())
                .build();
        return PostHog.with(config);
    }
}
