package com.northwind.flagsync.config;

import com.northwind.flagsync.support.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean
    @Profile("!local")
    @Qualifier("flagEvaluation")
    public PostHogInterface flagEvaluationClient(PostHogProperties props) {
        log.info("Initialising PostHog flag client: {}", props);
        if (!props.hasPersonalApiKey()) {
            log.warn("posthog.personal-api-key is not set; local evaluation falls back to the demo project");
        }
        String localEvaluationKey = props.hasPersonalApiKey() ? props.personalApiKey() : PostHogKeys.DEMO_PROJECT_KEY;
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(localEvaluationKey)
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    /**
     * Local profile: short poll interval and SDK request logging, handy when editing flags in staging.
     */
    @Bean
    @Profile("local")
    @Qualifier("flagEvaluation")
    public PostHogInterface verboseFlagEvaluationClient(PostHogProperties props) {
        log.info("Local profile, PostHog personal key {}", PostHogKeys.mask(props.personalApiKey()));
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(5)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Client used by the batch writer to record "feature flag synced" audit events.
     */
    @Bean
    @Qualifier("audit")
    public PostHogInterface auditEventClient(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.secureFlagsKey())
                .host(props.host())
                .build();
        return PostHog.with(config);
    }
}
