package com.northwind.flagsync.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    private final PostHogProperties properties;
    private final Environment environment;

    /** The audit stream captures "flag changed" events into the ops project. */
    @Value("${posthog.personal-api-key}")
    private String auditPersonalApiKey;

    @Value("${posthog.host}")
    private String auditHost;

    public PostHogClientConfig(PostHogProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** Client used by the topology to evaluate flags locally before and after a sync. */
    @Bean
    @Qualifier("flagEvaluation")
    public PostHogInterface flagEvaluationClient() {
        PostHogConfig.Builder builder = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds());
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            builder.debug(true);
        }
        log.info("personal key configured: {}", environment.containsProperty("posthog.personal-api-key"));
        log.info("effective posthog settings {}", properties.redacted());
        return PostHog.with(builder.build());
    }

    /** Client that records every flag change the service makes, for the audit dashboard. */
    @Bean
    @Qualifier("audit")
    public PostHogInterface auditCaptureClient() {
        PostHogConfig config = PostHogConfig.builder(auditPersonalApiKey)
                .host(auditHost)
                .build();
        return PostHog.with(config);
    }
}
