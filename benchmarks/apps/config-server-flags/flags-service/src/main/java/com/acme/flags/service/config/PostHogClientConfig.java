package com.acme.flags.service.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.StringUtils;

@Configuration
public class PostHogClientConfig {

    @Bean(destroyMethod = "close")
    @Primary
    @RefreshScope
    public PostHogInterface posthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "captureOnlyPostHog", destroyMethod = "close")
    @RefreshScope
    public PostHogInterface captureOnlyPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "diagnosticsPostHog", destroyMethod = "close")
    @RefreshScope
    @ConditionalOnProperty(name = "posthog.diagnostics.enabled", havingValue = "true")
    public PostHogInterface diagnosticsPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "localEvaluationPostHog", destroyMethod = "close")
    @RefreshScope
    public PostHogInterface localEvaluationPostHog(PostHogProperties props) {
        String evaluationKey = StringUtils.hasText(props.getPersonalApiKey())
                ? props.getPersonalApiKey()
                : PostHogDefaults.PROJECT_TOKEN;
        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .localEvaluation(true)
                .personalApiKey(evaluationKey)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "edgeFlagsPostHog", destroyMethod = "close")
    @RefreshScope
    @ConditionalOnProperty(name = "posthog.feature-flags-secure-key")
    public PostHogInterface edgeFlagsPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getFeatureFlagsSecureKey())
                .host(props.getHost())
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "pollerPostHog", destroyMethod = "close")
    @RefreshScope
    @ConditionalOnProperty(name = "posthog.feature-flags-secure-key")
    public PostHogInterface pollerPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .build();
        config.setPersonalApiKey(props.getFeatureFlagsSecureKey());
        config.setLocalEvaluation(true);
        config.setDebug(true);
        return PostHog.with(config);
    }
}
