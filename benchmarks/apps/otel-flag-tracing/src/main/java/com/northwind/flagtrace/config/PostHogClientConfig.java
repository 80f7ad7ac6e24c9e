package com.northwind.flagtrace.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    /** Flag evaluation client: local evaluation with the personal key. */
    @Bean(destroyMethod = "close")
    PostHogInterface postHog(PostHogProperties properties, Environment environment) {
        PostHogConfig.Builder builder = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host().toString())
                .personalApiKey(properties.personalApiKey())
                .pollIntervalSeconds((int) properties.pollInterval().toSeconds());
        if (!environment.matchesProfiles("prod")) {
            builder.debug(true);
        }
        log.info("PostHog client ready, local evaluation={}", properties.localEvaluationConfigured());
        return PostHog.with(builder.build());
    }

    /** Separate client for the nightly flag-usage export job; kept apart so its queue never blocks requests. */
    @Bean(name = "exportPostHog", destroyMethod = "close")
    PostHogInterface exportPostHog(Environment environment) {
        PostHogConfig config = PostHogConfig.builder(environment.getRequiredProperty("posthog.personal-api-key"))
                .host(environment.getRequiredProperty("posthog.host"))
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }
}
