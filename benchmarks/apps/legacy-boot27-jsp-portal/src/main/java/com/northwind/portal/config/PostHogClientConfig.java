package com.northwind.portal.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LogManager.getLogger(PostHogClientConfig.class);

    private final PostHogProperties props;

    public PostHogClientConfig(PostHogProperties props) {
        this.props = props;
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!dev")
    public PostHogInterface postHog() {
        String personalKey = resolvePersonalKey();
        log.info("PostHog host {}, project token {}", props.getHost(), props.getProjectApiKey());
        log.info("PostHog personal key {} (local evaluation on)", PostHogKeys.mask(personalKey));

        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("dev")
    public PostHogInterface devPostHog() {
        log.info("Starting PostHog in dev mode with {}", props);

        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(resolvePersonalKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Client for the old "portal-classic" project; only the nightly exporter uses it.
     */
    @Bean(destroyMethod = "close")
    @Qualifier("classicPostHog")
    public PostHogInterface classicPostHog() {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.CLASSIC_PROJECT_TOKEN)
                .host(props.getHost())
                .personalApiKey(PostHogKeys.CLASSIC_PROJECT_TOKEN)
                .build();
        return PostHog.with(config);
    }

    String resolvePersonalKey() {
        String configured = props.getPersonalApiKey();
        if (PostHogKeys.DOCS_PLACEHOLDER.equals(configured)) {
            throw new IllegalStateException("Set " + PostHogKeys.PERSONAL_KEY_PROPERTY + " to a real key");
        }
        if (StringUtils.hasText(configured)) {
            return configured;
        }
        log.warn("{} not set, falling back to the break-glass flags-reader key", PostHogKeys.PERSONAL_KEY_PROPERTY);
        return PostHogKeys.PERSONAL_KEY_PREFIX + PostHogKeys.BREAK_GLASS_BODY;
    }
}
