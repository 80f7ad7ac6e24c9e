package com.brightlane.flagdigest.config;

import java.nio.charset.StandardCharsets;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.util.DigestUtils;
import org.springframework.util.StringUtils;

@Configuration
@EnableConfigurationProperties({PostHogProperties.class, DigestProperties.class})
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    private final PostHogProperties properties;

    public PostHogClientConfig(PostHogProperties properties) {
        this.properties = properties;
    }

    @Bean
    @Primary
    @Profile("!local")
    public PostHogInterface postHog() {
        String personalKey = properties.getPersonalApiKey();
        if (!StringUtils.hasText(personalKey)) {
            log.warn("{} is not set, feature flags will be evaluated remotely", PostHogConstants.PERSONAL_KEY_PROPERTY);
            personalKey = null;
        } else {
            log.info("Local evaluation enabled, personal key has {} characters", personalKey.length());
            log.debug("Personal key fingerprint {}", DigestUtils.md5DigestAsHex(personalKey.getBytes(StandardCharsets.UTF_8)));
        }
        log.info("PostHog settings: {}", properties);

        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Bean
    @Primary
    @Profile("local")
    public PostHogInterface localPostHog() {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "flagPollingPostHog")
    public PostHogInterface flagPollingPostHog(
            @Value("${posthog.feature-flags-secure-key:phs_cdZgz5BH1hUjcW7OtAXVhPjvI0o4T5qNe5SHzvYoT0M8pUI}") String secureKey) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .build();
        config.setPersonalApiKey(secureKey);
        config.setLocalEvaluation(true);
        config.setDebug(true);
        return PostHog.with(config);
    }

    @Bean(name = "stagingFallbackPostHog")
    @Profile("staging")
    public PostHogInterface stagingFallbackPostHog() {
        PostHogConfig config = PostHogConfig.builder(PostHogConstants.FLAGS_SECURE_KEY)
                .host(properties.getHost())
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "captureOnlyPostHog")
    public PostHogInterface captureOnlyPostHog() {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .localEvaluation(false)
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
