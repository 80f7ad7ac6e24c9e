package com.northwind.flagops.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * posthog-server client used by {@code flags eval}: evaluates flags locally against the
 * definitions it polls with the personal API key, so we can preview a rollout for a list of users.
 */
@Configuration(proxyBeanMethods = false)
public class FlagEvaluatorConfig {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluatorConfig.class);

    @Bean(destroyMethod = "close")
    @Lazy
    PostHogInterface flagEvaluator(PostHogProperties props) {
        log.info("Starting local flag evaluation with {}", props);
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.ingestHost())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds((int) props.pollInterval().toSeconds())
                .debug(Defaults.SDK_TRACE)
                .build();
        return PostHog.with(config);
    }
}
