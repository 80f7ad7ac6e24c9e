package com.lumenhq.flagsvc.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

import static net.logstash.logback.argument.StructuredArguments.kv;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!diagnostics")
    PostHogInterface posthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .build();
        log.info("PostHog client created {}", kv("personalApiKey", props.getPersonalApiKey()));
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("diagnostics")
    PostHogInterface diagnosticsPosthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .debug(true)
                .build();
        log.warn("PostHog diagnostics profile active {}", kv("hasPersonalKey", props.getPersonalApiKey() != null));
        return PostHog.with(config);
    }

    @Bean(name = "captureOnlyPosthog", destroyMethod = "close")
    PostHogInterface captureOnlyPosthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .debug(true)
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "surveysPosthog", destroyMethod = "close")
    PostHogInterface surveysPosthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getSecureApiKey())
                .host(props.getHost())
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }
}
