package com.northwind.relay.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The posthog-server clients of the relay. */
@Configuration
public class PostHogClients {

    private static final Logger log = LoggerFactory.getLogger(PostHogClients.class);

    @Bean(destroyMethod = "close")
    public PostHogInterface relayPostHog(RelaySettings settings) {
        log.info("Relaying partner events to PostHog project {} at {}", settings.getProjectApiKey(), settings.getHost());
        log.info("Personal API key from {}: {}", RelaySettings.PERSONAL_KEY_PROPERTY,
                KeyMasks.mask(settings.getPersonalApiKey()));
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .personalApiKey(settings.getPersonalApiKey())
                .host(settings.getHost())
                .debug(settings.isDebug())
                .build();
        return PostHog.with(config);
    }

    /** Client of the audit project: records flag checks partners make, evaluated locally. */
    @Bean(destroyMethod = "close")
    public PostHogInterface auditPostHog(RelaySettings settings) {
        PostHogConfig config = PostHogConfig.builder(System.getenv("POSTHOG_AUDIT_PROJECT_API_KEY")).build();
        config.setPersonalApiKey(settings.getPersonalApiKey());
        config.setLocalEvaluation(true);
        config.setDebug(true);
        return PostHog.with(config);
    }
}
