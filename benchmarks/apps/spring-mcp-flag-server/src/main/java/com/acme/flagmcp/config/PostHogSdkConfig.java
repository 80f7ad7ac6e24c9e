package com.acme.flagmcp.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * posthog-server SDK client, used by the evaluate_flag tool for local evaluation.
 */
@Configuration(proxyBeanMethods = false)
public class PostHogSdkConfig {

    @Bean(destroyMethod = "close")
    @Profile("!dev")
    PostHogInterface postHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getIngestHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    /**
     * Dev profile: verbose SDK output so we can see why local evaluation falls back to /flags.
     */
    @Bean(destroyMethod = "close")
    @Profile("dev")
    PostHogInterface devPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getIngestHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(5)
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
