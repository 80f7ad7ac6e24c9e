package com.northwind.opsadmin.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PostHogConfiguration.class);

    @Bean
    @Primary
    @Profile("!staging")
    PostHogInterface postHog(PostHogProperties props) {
        log.info("Initialising PostHog client: {}", props);
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.flagEvaluationKey())
                .pollIntervalSeconds(ApiCredentials.FLAG_POLL_INTERVAL_SECONDS)
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    /**
     * Staging runs with SDK debug output so we can see why flags resolve the way they do.
     */
    @Bean
    @Primary
    @Profile("staging")
    PostHogInterface stagingPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Separate client for the audit project, so admin actions do not pollute product analytics.
     */
    @Bean("auditPostHog")
    PostHogInterface auditPostHog(
            @Value("${posthog.audit.api-key:phx_jPrWA7bv3agBdRuc3M2eQYAhwoME2LFbz7cLy4JWs6pV44xs}") String auditApiKey,
            @Value("${posthog.audit.project-api-key:phc_RZvd6HaMPFFkK7eK7v36DDpGA557Kbe8KEdN32568keipnK2}") String auditProjectKey,
            PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(auditApiKey)
                .host(props.host())
                .personalApiKey(auditProjectKey)
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }
}
