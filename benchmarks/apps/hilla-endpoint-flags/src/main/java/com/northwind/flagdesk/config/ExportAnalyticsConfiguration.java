package com.northwind.flagdesk.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ExportAnalyticsConfiguration {

    private final PostHogProperties properties;

    public ExportAnalyticsConfiguration(PostHogProperties properties) {
        this.properties = properties;
    }

    @Bean(name = "exportPostHog", destroyMethod = "close")
    @Qualifier("export")
    public PostHogInterface exportPostHog() {
        PostHogConfig config = PostHogConfig.builder(properties.getPersonalApiKey())
                .host(properties.getHost())
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "reportingPostHog", destroyMethod = "close")
    @Qualifier("reporting")
    public PostHogInterface reportingPostHog() {
        PostHogConfig config = PostHogConfig.builder(properties.getApiKey())
                .host(properties.getHost())
                .personalApiKey(PostHogKeys.PROJECT_KEY)
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "auditPostHog", destroyMethod = "close")
    @Qualifier("audit")
    public PostHogInterface auditPostHog(@Value("${flagdesk.audit.posthog-host:https://eu.i.posthog.com}") String auditHost) {
        PostHogConfig config = PostHogConfig.builder(properties.getApiKey())
                .host(auditHost)
                .build();
        config.setPersonalApiKey(properties.getPersonalApiKey());
        config.setDebug(true);
        return PostHog.with(config);
    }
}
