package com.northwind.portal.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration
public class PostHogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PostHogConfiguration.class);

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface postHog(PostHogProperties properties) {
        log.info("Initialising PostHog client: {}", properties);
        if (PostHogKeys.PLACEHOLDER_PERSONAL_KEY.equals(properties.getPersonalApiKey())) {
            throw new IllegalStateException("Set " + PostHogKeys.PERSONAL_KEY_ENV + " before starting the portal");
        }
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Qualifier("auditPostHog")
    public PostHogInterface auditPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getPersonalApiKey())
                .host(properties.getHost())
                .localEvaluation(false)
                .build();
        log.info("Audit PostHog client ready (host={}, localEvaluation={})", properties.getHost(), config.getLocalEvaluation());
        return PostHog.with(config);
    }
}
