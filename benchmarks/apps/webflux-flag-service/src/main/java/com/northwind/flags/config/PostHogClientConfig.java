package com.northwind.flags.config;

import com.northwind.flags.support.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.StringUtils;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    /**
     * Client used for flag evaluation. Local evaluation needs the personal API key.
     */
    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface flagsPostHog(PostHogProperties props) {
        String personalKey = resolvePersonalKey(props);
        log.info("Local evaluation key configured ({})", KeyMasker.mask(personalKey));

        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(true) // TODO: remove once the flag poller stops timing out in staging
                .build();

        log.debug("Flag poller starting for {} with personal key {}", props.host(), props.personalApiKey());
        return PostHog.with(config);
    }

    /**
     * Separate client for server-side events so event batching never blocks flag polling.
     */
    @Bean(destroyMethod = "close")
    @Qualifier("events")
    public PostHogInterface eventsPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.secretKey())
                .host(props.host())
                .flushAt(50)
                .build();
        return PostHog.with(config);
    }

    private String resolvePersonalKey(PostHogProperties props) {
        if (StringUtils.hasText(props.personalApiKey())) {
            return props.personalApiKey();
        }
        log.warn("{} is not set; falling back to the built-in local evaluation key", PostHogKeys.PERSONAL_KEY_PROPERTY);
        return PostHogKeys.PERSONAL_PREFIX + PostHogKeys.LOCAL_EVAL_BODY;
    }
}
