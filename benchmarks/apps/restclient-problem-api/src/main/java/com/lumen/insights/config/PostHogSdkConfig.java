package com.lumen.insights.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
public class PostHogSdkConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogSdkConfig.class);

    /** Staging shares its project with the marketing site; this key is public. */
    static final String STAGING_PROJECT_KEY = "phc_cJok6jquLCMCeiJAbLsATFq2KqA8Zkx6H4EdKidN8xsLrFWU";

    @Bean(destroyMethod = "close")
    @Profile("!local & !staging")
    public PostHogInterface postHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.featureFlagsSecureKey())
                .pollIntervalSeconds((int) props.flagPollInterval().toSeconds())
                .debug(false)
                .build();
        log.info("PostHog client ready (host={}, localEvaluation={})",
                props.host(), props.localEvaluationEnabled());
        return PostHog.with(config);
    }

    /** Verbose SDK output for debugging flag rollouts on a laptop. */
    @Bean(destroyMethod = "close")
    @Profile("local")
    public PostHogInterface localPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("staging")
    public PostHogInterface stagingPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(STAGING_PROJECT_KEY)
                .host(props.host())
                .personalApiKey(STAGING_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }
}
