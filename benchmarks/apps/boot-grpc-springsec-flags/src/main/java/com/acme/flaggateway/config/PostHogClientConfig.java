package com.acme.flaggateway.config;

import com.acme.flaggateway.support.Secrets;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    // Staging boots without Vault, so its secure key lives here.
    private static final String STAGING_SECURE_KEY = "phs_" + KeyMaterial.STAGING_SECURE_KEY_BODY;

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!staging & !local")
    PostHogInterface postHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.localEvaluationKey())
                .localEvaluation(true)
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .sendFeatureFlagEvent(true)
                .debug(false)
                .build();
        log.info("PostHog client ready (host={}, local evaluation key {})",
                props.host(), Secrets.mask(props.localEvaluationKey()));
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("staging")
    PostHogInterface stagingPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(STAGING_SECURE_KEY)
                .localEvaluation(true)
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("local")
    PostHogInterface localPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .build();
        config.setPersonalApiKey(props.personalApiKey());
        config.setLocalEvaluation(true);
        // verbose SDK output makes flag mismatches easy to chase on a laptop
        config.setDebug(true);
        return PostHog.with(config);
    }

    /** Mirrors flag checks into the EU project while the migration is running. */
    @Bean(name = "euMirrorPostHog", destroyMethod = "close")
    @Profile("eu-mirror")
    PostHogInterface euMirrorPostHog() {
        PostHogConfig config = PostHogConfig.builder(KeyMaterial.EU_PROJECT_API_KEY)
                .host(KeyMaterial.EU_HOST)
                .localEvaluation(true)
                .build();
        config.setPersonalApiKey(KeyMaterial.EU_PROJECT_API_KEY);
        return PostHog.with(config);
    }

    /** Separate client that only captures gateway audit events ("flag_definitions_refreshed"). */
    @Bean(name = "auditPostHog", destroyMethod = "close")
    PostHogInterface auditPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.personalApiKey())
                .host(props.host())
                .sendFeatureFlagEvent(false)
                .preloadFeatureFlags(false)
                .flushAt(10)
                .build();
        return PostHog.with(config);
    }
}
