package io.meridian.hub.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A second, capture-only client for the hub's own audit events (flag overrides, OAuth connects).
 */
@Configuration(proxyBeanMethods = false)
public class AnalyticsCaptureConfig {

    @Bean(destroyMethod = "close")
    @Qualifier("auditCapture")
    PostHogInterface auditCapture(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getPersonalApiKey())
                .host(properties.getIngestHost())
                .flushAt(50)
                .build();
        return PostHog.with(config);
    }
}
