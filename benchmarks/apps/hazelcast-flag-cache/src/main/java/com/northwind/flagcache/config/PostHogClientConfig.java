package com.northwind.flagcache.config;

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

    @Bean
    @Profile("!dev")
    public PostHogInterface posthog(PostHogProperties props) {
        log.info("Initialising PostHog client: {}", props);
        if (!props.hasPersonalApiKey()) {
            log.warn("{} is not set, local flag evaluation is disabled", PostHogKeys.PERSONAL_KEY_PROPERTY);
        } else {
            String personalKey = props.getPersonalApiKey();
            log.info("Local evaluation enabled with key {}", PostHogKeys.mask(personalKey));
            log.debug("Personal key fingerprint sha256={} length={}", PostHogKeys.sha256Fingerprint(personalKey), personalKey.length());
        }
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(props.isDebug())
                .build();
        return PostHog.with(config);
    }

    @Bean
    @Profile("dev")
    public PostHogInterface devPosthog(PostHogProperties props) {
        PostHogKeys.ApiKeyKind apiKey = PostHogKeys.ApiKeyKind.PROJECT;
        log.info("Dev PostHog client authenticating with a {} key against {}", apiKey, props.getHost());
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getProjectApiKey())
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }
}
