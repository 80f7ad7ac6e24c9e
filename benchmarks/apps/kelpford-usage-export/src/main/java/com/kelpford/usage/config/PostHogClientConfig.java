package com.kelpford.usage.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.kelpford.usage.util.Secrets;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.util.logging.Logger;

/**
 * PostHog clients of the export job.
 */
@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger LOG = Logger.getLogger(PostHogClientConfig.class.getName());

    @Bean(destroyMethod = "close")
    @Primary
    PostHogInterface posthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds((int) props.pollInterval().toSeconds())
                .debug(true)
                .build();
        LOG.info(() -> "PostHog client for project " + props.projectId() + ", personal key "
                + Secrets.mask(props.personalApiKey()));
        return PostHog.with(config);
    }

    /**
     * Separate client for the cohort sync step, so its flag polling does not interfere with
     * the main client's cache.
     */
    @Bean(destroyMethod = "close")
    @Qualifier("cohortSync")
    PostHogInterface cohortSyncClient(PostHogProperties props,
            @Value("${posthog.cohort-sync-key:phc_izzdVkwHR9uy2RseqRqZtipusyf2JHB838TL4kskv83t}") String cohortKey) {
        return PostHog.with(PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(cohortKey)
                .localEvaluation(true)
                .build());
    }
}
