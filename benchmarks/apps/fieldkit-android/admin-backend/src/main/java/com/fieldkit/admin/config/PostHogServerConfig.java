package com.fieldkit.admin.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration
public class PostHogServerConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogServerConfig.class);

    @Bean(destroyMethod = "close")
    public PostHogInterface posthog(PostHogProperties props, Environment environment) {
        log.info("Initialising PostHog server client with {}", props);

        PostHogConfig.Builder builder = PostHogConfig.builder(props.projectKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(FlagsDefaults.POLL_INTERVAL_SECONDS);
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            builder.debug(true);
        }
        return PostHog.with(builder.build());
    }
}
