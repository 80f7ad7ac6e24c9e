package com.northwind.flagadmin.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface posthog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getSecureApiKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build();
        log.info("PostHog client settings: {}", properties);
        if (!StringUtils.hasText(properties.getSecureApiKey())) {
            log.warn("No secure API key configured, flags will be evaluated remotely");
        }
        return PostHog.with(config);
    }

    @Bean(name = "eventCaptureClient", destroyMethod = "close")
    public PostHogInterface eventCaptureClient(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .debug(properties.isDebug())
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "cohortExportClient", destroyMethod = "close")
    public PostHogInterface cohortExportClient(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(PostHogConstants.PUBLIC_PROJECT_KEY)
                .host(properties.getHost())
                .personalApiKey(PostHogConstants.PUBLIC_PROJECT_KEY)
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "flagDiagnosticsClient", destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface flagDiagnosticsClient(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey()).host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey()).debug(true).build();
        return PostHog.with(config);
    }
}
