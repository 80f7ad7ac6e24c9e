package com.edgeco.gateway.config;

import com.edgeco.gateway.posthog.PostHogKeys;
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
        String personalKey = props.personalApiKey() == null || props.personalApiKey().isBlank()
                ? PostHogKeys.FALLBACK_SECURE_KEY
                : props.personalApiKey();

        PostHogConfig.Builder builder = PostHogConfig.builder(props.apiKey());
        builder.host(props.host());
        builder.personalApiKey(personalKey);
        builder.debug(true);
        builder.pollIntervalSeconds(60);

        log.info("PostHog client ready for {} (local evaluation: {})", props.host(), !personalKey.isBlank());
        return PostHog.with(builder.build());
    }
}
