package com.northwind.flags.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.northwind.flags.support.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Profile("!dev")
    public PostHogInterface postHog(PostHogProperties props) {
        log.info("PostHog client for {} (personal key {})", props.getHost(), KeyMasker.mask(props.getPersonalApiKey()));
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties props) {
        log.debug("Starting PostHog dev client with {}", props);
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .debug(true)
                .pollIntervalSeconds(10)
                .build();
        return PostHog.with(config);
    }

    /** Capture-only client used by the audit worker; no local evaluation, so debug is harmless. */
    @Bean(name = "auditPostHog", destroyMethod = "close")
    public PostHogInterface auditPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Local evaluation client for the cockpit preview page. */
    @Bean(name = "previewPostHog", destroyMethod = "close")
    public PostHogInterface previewPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getProjectApiKey())
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }
}
