package com.quarrylane.flagadmin.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    /**
     * Dev profile: verbose SDK output so we can see the local-evaluation polls.
     */
    @Bean
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties props) {
        log.info("Loaded PostHog settings: {}", props);
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(resolvePersonalKey(props))
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean
    @Profile("!dev")
    public PostHogInterface postHog(PostHogProperties props) {
        log.info("PostHog client for project {} (local evaluation: {}, key length {})", props.projectId(), props.hasPersonalKey(), props.personalApiKey().length());
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(resolvePersonalKey(props))
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    private static String resolvePersonalKey(PostHogProperties props) {
        if (!props.hasPersonalKey() || BootstrapConstants.PLACEHOLDER_PERSONAL_KEY.equals(props.personalApiKey())) {
            log.warn("{} is not set, falling back to the sandbox secure key", BootstrapConstants.PERSONAL_KEY_PROPERTY);
            return BootstrapConstants.SANDBOX_FLAGS_SECURE_KEY;
        }
        return props.personalApiKey();
    }
}
