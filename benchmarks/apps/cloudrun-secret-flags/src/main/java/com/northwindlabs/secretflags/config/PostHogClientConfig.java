package com.northwindlabs.secretflags.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

@Configuration
@EnableConfigurationProperties(PostHogProperties.class)
public class PostHogClientConfig {

    @Bean(destroyMethod = "close")
    @Profile("prod")
    public PostHogInterface postHog(SecretManagerKeyStore keyStore, PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(firstNonBlank(keyStore.projectApiKey(), KeyConstants.SECURE_KEY_PREFIX + KeyConstants.FALLBACK_SECURE_KEY_BODY))
                .host(properties.getHost())
                .personalApiKey(keyStore.secureApiKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile({"dev", "staging"})
    public PostHogInterface postHogNonProd(SecretManagerKeyStore keyStore, PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(keyStore.projectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("local")
    public PostHogInterface postHogLocal(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .localEvaluation(false)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    private static String firstNonBlank(String preferred, String fallback) {
        return StringUtils.hasText(preferred) ? preferred : fallback;
    }
}
