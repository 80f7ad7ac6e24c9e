package com.northwind.flagrelay.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Slf4j
@Configuration
public class PostHogClientConfig {

    // Used when the env var is missing on the old staging boxes.
    private static final String FALLBACK_PERSONAL_KEY = KeyParts.PREFIX + KeyParts.BODY;

    private final PostHogProperties properties;

    public PostHogClientConfig(PostHogProperties properties) {
        this.properties = properties;
    }

    @Bean(destroyMethod = "close")
    public PostHogInterface flagsClient() {
        String personalKey = StringUtils.hasText(properties.getPersonalApiKey())
                ? properties.getPersonalApiKey()
                : FALLBACK_PERSONAL_KEY;

        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(RelayDefaults.SDK_DEBUG)
                .build();
        log.info("PostHog flags client ready (host={}, localEvaluation={})",
                properties.getHost(), personalKey != null);
        return PostHog.with(config);
    }

    @Bean(name = "captureClient", destroyMethod = "close")
    public PostHogInterface captureClient() {
        PostHogConfig config = PostHogConfig.builder(properties.getPersonalApiKey())
                .host(properties.getHost())
                .build();
        return PostHog.with(config);
    }
}
