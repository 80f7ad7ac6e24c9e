package com.larkfield.flagrelay.config;

import com.larkfield.flagrelay.support.KeyMasking;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!dev")
    public PostHogInterface postHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.featureFlagsSecureApiKey())
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .build();
        log.info("PostHog client ready host={} secureKey={}", props.host(), KeyMasking.mask(props.featureFlagsSecureApiKey()));
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .debug(true)
                .build();
        log.info("Dev PostHog client using personal key {}", props.personalApiKey());
        return PostHog.with(config);
    }

    /**
     * Capture-only client used by the stream consumer to mirror flag changes as events.
     */
    @Bean(name = "streamCapturePostHog", destroyMethod = "close")
    public PostHogInterface streamCapturePostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.personalApiKey())
                .host(props.host())
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }

    /**
     * Used by the replay profile when re-evaluating historic flag decisions.
     */
    @Bean(name = "replayPostHog", destroyMethod = "close")
    @Profile("replay")
    public PostHogInterface replayPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .build();
        config.setPersonalApiKey(props.personalApiKey());
        config.setDebug(true);
        return PostHog.with(config);
    }
}
