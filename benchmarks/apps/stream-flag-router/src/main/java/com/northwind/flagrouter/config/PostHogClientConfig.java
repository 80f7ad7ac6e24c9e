package com.northwind.flagrouter.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final String FALLBACK_FLAGS_KEY = RouterDefaults.FLAGS_KEY_PREFIX + RouterDefaults.FLAGS_KEY_BODY;

    /** Flag evaluation client: local evaluation with the feature-flags secure key. */
    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface flagsPostHog(PostHogProperties props) {
        String localEvaluationKey = Optional.ofNullable(props.featureFlagsSecureKey())
                .filter(k -> !k.isBlank())
                .orElse(FALLBACK_FLAGS_KEY);

        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(localEvaluationKey)
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(RouterDefaults.SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }

    /** Separate client for routing audit events, so a capture backlog never slows flag checks. */
    @Bean(name = "auditPostHog", destroyMethod = "close")
    public PostHogInterface auditPostHog(
            PostHogProperties props,
            @Value("${posthog.personal-api-key}") String personalApiKey) {
        PostHogConfig config = PostHogConfig.builder(personalApiKey)
                .host(props.host())
                .flushAt(50)
                .build();
        return PostHog.with(config);
    }
}
