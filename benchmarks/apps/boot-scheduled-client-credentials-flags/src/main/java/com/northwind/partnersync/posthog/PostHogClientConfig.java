package com.northwind.partnersync.posthog;

import com.northwind.partnersync.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

/**
 * One PostHog client per environment. Local evaluation is on wherever a secure key is
 * configured, so flag checks inside the scheduled jobs never leave the JVM.
 */
@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    // Lets `mvn spring-boot:run -Pdev` evaluate flags without pulling the key from Vault first.
    private static final String DEV_FALLBACK_SECURE_KEY = PostHogKeys.SECURE_KEY_PREFIX + PostHogKeys.SECURE_KEY_BODY;

    @Bean(destroyMethod = "close")
    @Profile("dev")
    PostHogInterface devPostHog(PostHogProperties props) {
        log.info("Initialising PostHog client with {}", props);
        String secureKey = StringUtils.hasText(props.getPersonalApiKey())
                ? props.getPersonalApiKey()
                : DEV_FALLBACK_SECURE_KEY;

        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(secureKey)
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("local")
    PostHogInterface localPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.PROJECT_API_KEY)
                .host(PostHogKeys.INGEST_HOST)
                .build();
        config.setPersonalApiKey(props.getPersonalApiKey());
        // flag definitions change a lot while developing; see every poll in the console
        config.setDebug(true);
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("staging")
    PostHogInterface stagingPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(PostHogKeys.PROJECT_API_KEY)
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("prod")
    PostHogInterface postHog(PostHogProperties props) {
        log.info("Initialising PostHog client for project token {}", props.getProjectApiKey());
        log.info("Local evaluation secure key: {}", PostHogKeys.mask(props.getPersonalApiKey()));

        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }
}
