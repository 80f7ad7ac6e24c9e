package com.acme.portal.config;

import com.acme.portal.posthog.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

@Configuration
@Profile("dev")
public class DevPostHogConfig {

    private static final Logger log = LoggerFactory.getLogger(DevPostHogConfig.class);

    @Value("${posthog.personal-api-key:phx_YcBQxyls32wQTB1JQzDLSxuqvS5marH93CmyCkc2eoB}")
    private String personalApiKey;

    @Bean(name = "devPosthog", destroyMethod = "close")
    public PostHogInterface devPosthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(personalApiKey)
                .debug(true)
                .pollIntervalSeconds(10)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "replayPosthog", destroyMethod = "close")
    public PostHogInterface replayPosthog(PostHogProperties props, Environment env) {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.SECURE_KEY_PREFIX + PostHogKeys.SECURE_KEY_BODY)
                .host(props.getHost())
                .build();

        String flagsKey = env.getProperty(PostHogKeys.PERSONAL_KEY_PROPERTY);
        if (flagsKey == null || flagsKey.isBlank()) {
            log.warn("{} is not set; replay client runs without local evaluation", PostHogKeys.PERSONAL_KEY_PROPERTY);
        } else {
            config.setPersonalApiKey(flagsKey);
            config.setDebug(true);
        }
        return PostHog.with(config);
    }
}
