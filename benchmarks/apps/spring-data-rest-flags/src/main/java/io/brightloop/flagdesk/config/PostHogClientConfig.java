package io.brightloop.flagdesk.config;

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

    @Bean(destroyMethod = "close")
    @Profile("!local")
    public PostHogInterface posthog(PostHogProperties properties) {
        log.info("Configuring PostHog client from {}", properties);
        if (!properties.localEvaluationEnabled()) {
            log.warn("posthog.personal-api-key is not set, feature flags will be evaluated remotely");
        } else {
            log.info("Local flag evaluation enabled (personal key, {} chars)", properties.personalApiKey().length());
        }
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .personalApiKey(properties.personalApiKey())
                .pollIntervalSeconds(properties.pollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("local")
    public PostHogInterface localPosthog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .personalApiKey(properties.personalApiKey())
                .pollIntervalSeconds(properties.pollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "shutdown")
    public com.posthog.java.PostHog auditEventsClient(PostHogProperties properties) {
        return new com.posthog.java.PostHog.Builder(properties.flagsSecureKey())
                .host(properties.host())
                .build();
    }
}
