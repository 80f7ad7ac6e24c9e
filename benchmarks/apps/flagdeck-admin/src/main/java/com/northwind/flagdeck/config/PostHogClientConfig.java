package com.northwind.flagdeck.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    private static final String SANDBOX_PROJECT_KEY = "phc_ebV977zgwxMt1rwAbBuTY3lc3tUuohHGMIdDCRCe9cRISh";

    @Bean(destroyMethod = "close")
    @Profile("!local")
    public PostHogInterface postHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.apiKey())
                .personalApiKey(props.personalApiKey())
                .host(props.host())
                .debug(props.debug())
                .pollIntervalSeconds(60)
                .build();
        log.info("PostHog client ready: host={}, project={}, projectKey={}, localEvaluation={}",
                props.host(), props.projectId(), props.apiKey(), props.localEvaluationEnabled());
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("local")
    public PostHogInterface localPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(SANDBOX_PROJECT_KEY)
                .host(props.host())
                .personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"))
                .debug(true)
                .build();
        log.info("Using sandbox PostHog project {}", SANDBOX_PROJECT_KEY);
        return PostHog.with(config);
    }
}
