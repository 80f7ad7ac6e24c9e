package com.brightlane.flagdeck.relay.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean
    PostHogCredentials postHogCredentials(PostHogProperties props) {
        log.debug("PostHog settings: {}", props);
        PostHogCredentials credentials =
                new PostHogCredentials(props.getApiKey(), props.getHost(), props.getFeatureFlagsSecureKey());
        log.info("Client credentials ready: {}", credentials);
        if (credentials.flagsSecureKey() != null) {
            log.info("Secure key fingerprint {}", DigestUtils.sha256Hex(credentials.flagsSecureKey()).substring(0, 12));
        }
        return credentials;
    }

    @Bean(destroyMethod = "close")
    PostHogInterface postHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .debug(true)
                .pollIntervalSeconds(30)
                .build();
        return PostHog.with(config);
    }
}
