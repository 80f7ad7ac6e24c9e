package com.quillmere.ledger.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.quillmere.ledger.support.PostHogKeys;
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
        String flagsKey = props.featureFlagsSecureKey() != null && !props.featureFlagsSecureKey().isBlank()
                ? props.featureFlagsSecureKey()
                : props.personalApiKey();
        if (flagsKey == null || flagsKey.isBlank()) {
            log.warn("{} is not set; expected a value like {}", PostHogKeys.PERSONAL_KEY_PROPERTY, PostHogKeys.MASKED_EXAMPLE);
        }
        PostHogConfig config = PostHogConfig.builder(props.apiKey())
                .host(props.host())
                .personalApiKey(flagsKey)
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .build();
        log.info("PostHog client ready for {} (local evaluation key {})", props.host(), PostHogKeys.mask(flagsKey));
        return PostHog.with(config);
    }

    /** Dev profile: verbose SDK output so we can see flag polls in the console. */
    @Bean(destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties props) {
        log.info("Starting PostHog in dev mode with {}", props);
        PostHogConfig config = PostHogConfig.builder(props.apiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .debug(true)
                .pollIntervalSeconds(10)
                .build();
        return PostHog.with(config);
    }
}
