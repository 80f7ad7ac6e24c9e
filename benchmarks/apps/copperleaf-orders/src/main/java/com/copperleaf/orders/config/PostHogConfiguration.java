package com.copperleaf.orders.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Slf4j
@Configuration
public class PostHogConfiguration {

    @Bean(destroyMethod = "close")
    @Profile("!dev")
    public PostHogInterface postHog(PostHogProperties props) {
        log.info("PostHog client for project {} (personal key {})", props.getProjectId(),
                mask(props.getPersonalApiKey()));
        return PostHog.with(PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .build());
    }

    @Bean(destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties props) {
        log.info("Dev PostHog client with {}", props);
        return PostHog.with(PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .debug(true)
                .build());
    }

    static String mask(String key) {
        if (key == null || key.length() < 10) {
            return "<none>";
        }
        return key.substring(0, 4) + "...";
    }
}
