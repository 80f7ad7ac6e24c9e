package com.northwind.flagaudit.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
@EnableConfigurationProperties(PostHogProperties.class)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Profile("!dev")
    public PostHogInterface postHog(PostHogProperties props) {
        log.info("Initialising PostHog client with {}", props);
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "shutdown")
    public com.posthog.java.PostHog auditEventClient(PostHogProperties props) {
        return new com.posthog.java.PostHog.Builder(props.getFeatureFlagsSecureKey())
                .host(props.getHost())
                .build();
    }
}
