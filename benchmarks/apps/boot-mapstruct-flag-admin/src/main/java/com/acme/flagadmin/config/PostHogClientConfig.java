package com.acme.flagadmin.config;

import com.acme.flagadmin.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Profile("prod")
    public PostHogInterface postHogClient(PostHogProperties props) {
        log.info("Starting PostHog client, host={} personalKey={}", props.host(), KeyMasker.mask(props.personalApiKey()));
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.secretKey())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("!prod")
    public PostHogInterface postHogDevClient(PostHogProperties props) {
        log.info("Starting PostHog dev client with settings {}", props);
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
