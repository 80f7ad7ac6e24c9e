package io.harborline.orders.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LogManager.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Profile("!local")
    public PostHogInterface postHog(PostHogProperties properties) {
        PostHogConfig.Builder builder = PostHogConfig.builder(properties.getApiKey())
                .host(properties.getHost())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(false);
        if (properties.hasPersonalApiKey()) {
            builder.personalApiKey(properties.getPersonalApiKey());
        } else {
            log.warn("Property posthog.personal-api-key not set; local flag evaluation disabled");
        }
        log.info("PostHog client ready (host={}, localEvaluation={})",
                properties.getHost(), properties.hasPersonalApiKey());
        return PostHog.with(builder.build());
    }

    @Bean(destroyMethod = "close")
    @Profile("local")
    public PostHogInterface localPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
