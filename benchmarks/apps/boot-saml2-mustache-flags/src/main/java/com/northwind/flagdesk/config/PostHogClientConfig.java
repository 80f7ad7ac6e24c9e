package com.northwind.flagdesk.config;

import com.northwind.flagdesk.posthog.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * One {@link PostHogInterface} per environment. Production and staging evaluate flags locally
 * with the feature-flags secure key; the local profile talks to a self-hosted PostHog in docker.
 */
@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Profile("!local & !sandbox")
    public PostHogInterface postHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getSecretKey())
                .pollIntervalSeconds(60)
                .build();
        log.info("PostHog client ready for project key {} (local evaluation: {})", props.getProjectApiKey(), props.getSecretKey() != null);
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("local")
    public PostHogInterface localPostHog(PostHogProperties props) {
        // verbose on purpose: we want to see every flag poll against the docker PostHog
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("sandbox")
    public PostHogInterface sandboxPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.DEMO_PROJECT_KEY)
                .host(props.getHost())
                .personalApiKey(PostHogKeys.DEMO_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }
}
