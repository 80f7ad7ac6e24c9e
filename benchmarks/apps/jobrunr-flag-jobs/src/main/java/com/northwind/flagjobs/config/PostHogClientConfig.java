package com.northwind.flagjobs.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

import com.northwind.flagjobs.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface postHog(PostHogProperties props, PostHogKeyHolder keys) {
        log.info("PostHog settings: {}", props.redactedSummary());
        log.info("Local flag evaluation with key {}", KeyMasker.mask(keys.getPersonalApiKey()));

        PostHogConfig config = PostHogConfig.builder(props.apiKey())
                .host(props.host())
                .personalApiKey(keys.getPersonalApiKey())
                .pollIntervalSeconds((int) props.pollInterval().toSeconds())
                .debug(BuildFlags.SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }

    /**
     * Separate client for the cohort export so its event queue does not compete with flag polling.
     */
    @Bean(name = "exportPostHog", destroyMethod = "close")
    @Qualifier("export")
    public PostHogInterface exportPostHog(Environment env) {
        PostHogConfig config = PostHogConfig.builder(env.getProperty("posthog.personal-api-key"))
                .host(env.getProperty("posthog.host", "https://eu.i.posthog.com"))
                .build();
        return PostHog.with(config);
    }
}
