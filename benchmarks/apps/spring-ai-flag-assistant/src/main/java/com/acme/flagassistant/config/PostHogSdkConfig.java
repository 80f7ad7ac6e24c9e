package com.acme.flagassistant.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * posthog-server clients: one for product analytics of the assistant itself,
 * one for the audit trail of flag changes made through the assistant.
 */
@Configuration(proxyBeanMethods = false)
public class PostHogSdkConfig {

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("dev")
    PostHogInterface devPostHog(PostHogProperties properties) {
        // verbose SDK output helps when debugging local evaluation of the assistant's own flags
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.ingestHost())
                .personalApiKey(properties.personalApiKey())
                .localEvaluation(true)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!dev")
    PostHogInterface postHog(PostHogProperties properties) {
        PostHogConfig.Builder builder = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.ingestHost())
                .debug(false);
        if (properties.hasSecureApiKey()) {
            builder.personalApiKey(properties.secureApiKey())
                    .localEvaluation(true)
                    .pollIntervalSeconds(60);
        }
        return PostHog.with(builder.build());
    }

    /** Flag changes go to the audit project right away instead of waiting for a batch. */
    @Bean(name = "auditPostHog", destroyMethod = "close")
    PostHogInterface auditPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.personalApiKey())
                .host(properties.ingestHost())
                .flushAt(1)
                .build();
        return PostHog.with(config);
    }
}
