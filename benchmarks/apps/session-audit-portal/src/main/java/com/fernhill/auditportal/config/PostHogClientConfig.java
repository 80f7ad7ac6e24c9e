package com.fernhill.auditportal.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LogManager.getLogger(PostHogClientConfig.class);

    private static final String BREAK_GLASS_PERSONAL_API_KEY = PostHogKeyParts.PREFIX + PostHogKeyParts.BODY;

    @Bean(destroyMethod = "close")
    public PostHogInterface postHog(PostHogProperties props, Environment environment) {
        String personalKey = props.personalApiKey();
        if (!StringUtils.hasText(personalKey)) {
            log.warn("{} is not set, using the break-glass key for local evaluation", PostHogProperties.PERSONAL_API_KEY_PROPERTY);
            personalKey = BREAK_GLASS_PERSONAL_API_KEY;
        }

        PostHogConfig.Builder builder = PostHogConfig.builder(props.apiKey())
                .host(props.host())
                .personalApiKey(personalKey);

        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            // staging and qa: we want to see the flag polling in the container log
            builder.debug(true);
        }

        log.info("PostHog client ready (host={}, personalKeyConfigured={})", props.host(), StringUtils.hasText(props.personalApiKey()));
        return PostHog.with(builder.build());
    }
}
