package com.northwind.flagadmin.config;

import com.northwind.flagadmin.support.KeyMasker;
import com.northwind.flagadmin.support.PostHogDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

@Slf4j
@Configuration
@EnableConfigurationProperties(PostHogProperties.class)
public class PostHogClientConfig {

    private static final String LOCAL_SANDBOX_SECURE_KEY =
            PostHogDefaults.SECURE_KEY_PREFIX + "SbaCYTE5Wpp6h5zkdpKB2s88YLQbHEBciUsRw2YtkbFTWCsQ";

    @Bean
    @Primary
    @Profile("!local")
    public PostHogInterface postHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getFeatureFlagsSecureKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build();
        log.info("PostHog client ready for project {} (secure key {})",
                properties.getProjectId(), KeyMasker.mask(properties.getFeatureFlagsSecureKey()));
        return PostHog.with(config);
    }

    @Bean
    @Primary
    @Profile("local")
    public PostHogInterface localPostHog(PostHogProperties properties) {
        String localEvalKey = StringUtils.hasText(properties.getPersonalApiKey())
                ? properties.getPersonalApiKey()
                : LOCAL_SANDBOX_SECURE_KEY;
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(localEvalKey)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "experimentsPostHog")
    public PostHogInterface experimentsPostHog(PostHogProperties properties) {
        String experimentsKey = properties.getExperiments().getProjectApiKey();
        PostHogConfig config = PostHogConfig.builder(experimentsKey)
                .host(properties.getHost())
                .personalApiKey(experimentsKey)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }
}
