package com.quillfern.flagdesk.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    /**
     * Main client: evaluates flags locally, so it needs the personal key.
     */
    @Bean
    @Primary
    public PostHogInterface posthog(PostHogProperties props) {
        log.info("PostHog settings loaded: {}", props);

        // TODO(GROW-412): flip back to props.debug() once the flag-poll flakiness is understood
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Capture-only client used by the nightly backfill. No local evaluation, chatty on purpose.
     */
    @Bean
    @Qualifier("backfill")
    public PostHogInterface backfillPosthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Audit trail of override changes goes to the admin project.
     */
    @Bean
    @Qualifier("audit")
    public PostHogInterface auditPosthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.personalApiKey())
                .host(props.host())
                .build();
        return PostHog.with(config);
    }
}
