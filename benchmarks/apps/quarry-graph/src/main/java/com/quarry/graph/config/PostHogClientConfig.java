package com.quarry.graph.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.quarry.graph.support.KeyMasking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Profile("!local")
    public PostHogInterface posthog(PostHogProperties props) {
        log.info("PostHog settings loaded: {}", props);
        log.info("Local evaluation enabled: {}, key {}", props.hasPersonalKey(), KeyMasking.mask(props.personalApiKey()));
        PostHogConfig config = PostHogConfig.builder(props.apiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .debug(props.debug())
                .pollIntervalSeconds(props.pollIntervalSeconds() > 0 ? props.pollIntervalSeconds() : 30)
                .build();
        return PostHog.with(config);
    }

    /**
     * Local profile talks to the docker-compose PostHog; we want to see every
     * request the SDK makes while developing flags.
     */
    @Bean(destroyMethod = "close")
    @Profile("local")
    public PostHogInterface localPosthog(PostHogProperties props) {
        log.debug("Configuring local PostHog against {}", props.host());
        PostHogConfig config = PostHogConfig.builder(props.apiKey()).host(props.host()).personalApiKey(props.personalApiKey()).debug(true).build();
        return PostHog.with(config);
    }

    /** Short-lived client for the nightly export job; closed by the caller. */
    public static PostHogInterface reportingClient() {
        String host = System.getenv().getOrDefault("POSTHOG_HOST", "https://eu.i.posthog.com");
        PostHogConfig config = PostHogConfig.builder(System.getenv("POSTHOG_PERSONAL_API_KEY"))
                .host(host)
                .build();
        return PostHog.with(config);
    }
}
