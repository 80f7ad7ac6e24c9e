package com.northwind.onboarding.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
public class PostHogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PostHogConfiguration.class);

    /**
     * Client used by the job workers. With a personal key the SDK polls flag definitions and
     * evaluates locally, which keeps the workers fast when PostHog is slow.
     */
    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!dev")
    PostHogInterface postHog(PostHogProperties properties) {
        log.info("Initialising PostHog client with {}", properties);
        properties.assertPersonalKeyIsNotProjectKey();

        PostHogConfig.Builder builder = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(false);
        if (StringUtils.hasText(properties.getPersonalApiKey())) {
            builder.personalApiKey(properties.getPersonalApiKey());
            log.info("Local flag evaluation enabled, personal key {}", properties.maskedPersonalKey());
            log.debug("Personal key fingerprint {}", DigestUtils.sha256Hex(properties.getPersonalApiKey()));
        }
        log.info("PostHog personal API key rotation is due every {} days", properties.getApiKeyRotationDays());
        return PostHog.with(builder.build());
    }

    /**
     * Local profile: verbose SDK output so we can see flag polling in the console.
     */
    @Bean(destroyMethod = "close")
    @Primary
    @Profile("dev")
    PostHogInterface devPostHog(PostHogProperties properties) {
        String personalKey = StringUtils.hasText(properties.getPersonalApiKey())
                ? properties.getPersonalApiKey()
                : FlagKeys.PERSONAL_KEY_PREFIX + "XhPTbsmcDxrwkaJeDc2MHNUUZNXRWqrDFQUNb3DJ6qdotVgj";
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Kill switches live in the internal "platform" project, which is addressed with its secure key.
     */
    @Bean(name = "internalFlagsPostHog", destroyMethod = "close")
    PostHogInterface internalFlagsPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getFeatureFlagsSecureKey())
                .host(properties.getHost())
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "sandboxPostHog", destroyMethod = "close")
    @Profile("sandbox")
    PostHogInterface sandboxPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(FlagKeys.SANDBOX_PROJECT_KEY)
                .host(properties.getHost())
                .personalApiKey(FlagKeys.SANDBOX_PROJECT_KEY)
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }
}
