package com.acme.exporter.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PostHogSdkConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogSdkConfig.class);

    @Bean(destroyMethod = "close")
    PostHogInterface postHog(PostHogProperties props) {
        log.info("Configuring PostHog SDK from {}", props);

        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .build();
        if (log.isDebugEnabled()) {
            // mirror our log level into the SDK so flag polling problems show up
            config.setDebug(true);
        }
        return PostHog.with(config);
    }
}
