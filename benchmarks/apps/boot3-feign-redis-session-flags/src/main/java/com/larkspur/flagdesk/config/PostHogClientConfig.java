package com.larkspur.flagdesk.config;

import com.larkspur.flagdesk.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PostHogProperties.class)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    public PostHogInterface postHog(PostHogProperties props) {
        log.info("Initialising PostHog client with {}", props);
        log.info("Local evaluation enabled with personal key {}", KeyMasker.mask(props.personalApiKey()));

        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(props.pollIntervalSeconds())
                // TODO(FD-211): switch off once the flag polling issue in eu is understood
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
