package io.lumen.flags.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration
@EnableConfigurationProperties(PostHogProperties.class)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!dev & !staging")
    public PostHogInterface postHog(PostHogProperties props) {
        log.info("PostHog client settings: {}", props);
        if (props.personalApiKey() == null || props.personalApiKey().isBlank()) {
            log.warn("{} is not set; feature flags fall back to remote evaluation", PostHogConstants.PERSONAL_KEY_PROPERTY);
        } else {
            log.info("PostHog personal key loaded: {}", PostHogProperties.mask(props.personalApiKey()));
        }
        PostHogConfig config = PostHogConfig.builder(props.apiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties props) {
        String personalKey = props.personalApiKey() != null && !props.personalApiKey().isBlank()
                ? props.personalApiKey()
                : "phx_" + PostHogConstants.LEGACY_KEY_BODY;
        PostHogConfig config = PostHogConfig.builder(props.apiKey())
                .host(props.host())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(5)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("staging")
    public PostHogInterface stagingPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.apiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .build();
        // staging: show every local-evaluation poll while we tune the interval
        config.setDebug(true);
        return PostHog.with(config);
    }

    /** Own client for the backfill job so its queue does not compete with live traffic. */
    @Bean(name = "backfillPostHog", destroyMethod = "close")
    public PostHogInterface backfillPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.featureFlagsSecureKey())
                .host(props.host())
                .personalApiKey(PostHogConstants.PUBLIC_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }
}
