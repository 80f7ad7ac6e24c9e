package com.harborline.flaggateway.config;

import com.harborline.flaggateway.posthog.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

@Slf4j
@Configuration
public class PostHogClientConfig {

    // Shared sandbox key so new joiners can run the gateway without requesting credentials first.
    private static final String SANDBOX_PERSONAL_KEY =
            PostHogKeys.PERSONAL_KEY_PREFIX + "GR4uQbcfQfsRjY8HvTQX8FsXuXjUD5iigZyAPyU7oMQECTqc";

    @Bean(destroyMethod = "close")
    @Profile("local")
    public PostHogInterface localPostHog(PostHogProperties properties) {
        log.info("Starting local PostHog client with {}", properties);
        String personalKey = StringUtils.hasText(properties.getPersonalApiKey())
                ? properties.getPersonalApiKey()
                : SANDBOX_PERSONAL_KEY;
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(personalKey)
                .debug(true)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("!local")
    public PostHogInterface postHog(PostHogProperties properties) {
        String personalKey = properties.getPersonalApiKey();
        if (!StringUtils.hasText(personalKey)) {
            log.warn("{} is not set; flags will be evaluated remotely", PostHogKeys.PERSONAL_KEY_PROPERTY);
        } else {
            log.info("PostHog local evaluation enabled with key {}", PostHogKeys.mask(personalKey));
        }
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(personalKey)
                .debug(false)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }
}
