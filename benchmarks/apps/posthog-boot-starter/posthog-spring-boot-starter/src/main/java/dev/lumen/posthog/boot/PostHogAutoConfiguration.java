package dev.lumen.posthog.boot;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.StringUtils;

@AutoConfiguration
@ConditionalOnClass(PostHog.class)
@ConditionalOnProperty(prefix = "posthog", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(PostHogProperties.class)
public class PostHogAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PostHogAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public PostHogKeyValidator postHogKeyValidator() {
        return new PostHogKeyValidator();
    }

    @Bean
    @Primary
    @ConditionalOnMissingBean(name = "postHog")
    public PostHogInterface postHog(PostHogProperties properties, PostHogKeyValidator validator) {
        log.info("Configuring PostHog client from {}", properties);
        validator.validatePersonalKey(properties.getPersonalApiKey());

        PostHogProperties.Client client = properties.getClient();
        PostHogProperties.FeatureFlags flags = properties.getFeatureFlags();

        PostHogConfig.Builder builder = PostHogConfig
                .builder(StringUtils.hasText(properties.getApiKey()) ? properties.getApiKey() : properties.getPersonalApiKey())
                .host(properties.getHost())
                .flushAt(client.getFlushAt())
                .maxQueueSize(client.getMaxQueueSize())
                .flushIntervalSeconds((int) client.getFlushInterval().toSeconds());

        if (StringUtils.hasText(properties.getPersonalApiKey())) {
            builder.personalApiKey(properties.getPersonalApiKey())
                    .localEvaluation(flags.isLocalEvaluation())
                    .pollIntervalSeconds(flags.getPollIntervalSeconds());
            log.info("PostHog local evaluation uses a {} key, polling every {}s",
                    flags.getKeyMode(), flags.getPollIntervalSeconds());
        }
        builder.debug(client.isDebug());

        return PostHog.with(builder.build());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class PostHogActuatorConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "postHogHealthIndicator")
        @ConditionalOnEnabledHealthIndicator("posthog")
        public PostHogHealthIndicator postHogHealthIndicator(PostHogProperties properties,
                PostHogKeyValidator validator) {
            return new PostHogHealthIndicator(properties, validator);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnAvailableEndpoint(endpoint = PostHogEndpoint.class)
        public PostHogEndpoint postHogEndpoint(PostHogProperties properties) {
            return new PostHogEndpoint(properties);
        }
    }
}
