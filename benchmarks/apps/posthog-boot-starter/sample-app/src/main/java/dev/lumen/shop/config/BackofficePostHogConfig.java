package dev.lumen.shop.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class BackofficePostHogConfig {

    @Bean("backofficePostHog")
    public PostHogInterface backofficePostHog(@Value("${posthog.api-key}") String projectApiKey,
            @Value("${backoffice.posthog.flags-key}") String flagsKey,
            @Value("${posthog.host}") String host) {
        PostHogConfig config = PostHogConfig.builder(projectApiKey)
                .host(host)
                .localEvaluation(true)
                .personalApiKey(flagsKey)
                .pollIntervalSeconds(120)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "shutdown")
    public com.posthog.java.PostHog legacyEventsClient(@Value("${posthog.host}") String host) {
        return new com.posthog.java.PostHog.Builder(InternalKeys.SECRET_PREFIX + InternalKeys.EXPORT_KEY_BODY)
                .host(host)
                .build();
    }
}
