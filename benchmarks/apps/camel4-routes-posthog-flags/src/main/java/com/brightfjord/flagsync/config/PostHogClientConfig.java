package com.brightfjord.flagsync.config;

import com.brightfjord.flagsync.support.PostHogDefaults;
import com.brightfjord.flagsync.support.SecretMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    /**
     * Flag-evaluation client. Local evaluation needs the personal key so flags are
     * resolved in-process instead of one /flags call per user.
     */
    @Bean(destroyMethod = "close")
    @Qualifier("flagClient")
    public PostHogInterface flagClient(PostHogProperties properties) {
        String personalKey = PostHogDefaults.personalKeyOrCi(properties.getPersonalApiKey());

        // TODO(FLAG-398): keep debug on until the rollout of local evaluation is confirmed
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(true)
                .build();

        log.info("PostHog flag client ready host={} personalKey={}", properties.getHost(), personalKey);
        log.info("PostHog flag client key fingerprint={} ({})",
                SecretMasker.sha256Hex(personalKey), SecretMasker.mask(personalKey));
        return PostHog.with(config);
    }

    /**
     * Capture-only client used by the batch route for server-side events.
     */
    @Bean(destroyMethod = "close")
    @Qualifier("captureClient")
    public PostHogInterface captureClient(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getPersonalApiKey())
                .host(properties.getHost())
                .build();
        return PostHog.with(config);
    }
}
