package com.harbourline.flagrelay.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Profile("!local & !smoke")
    public PostHogInterface postHog(PostHogProperties props) {
        if (!StringUtils.hasText(props.getPersonalApiKey())) {
            log.warn("{} is not set; flags will be evaluated remotely on every call",
                    PostHogDefaults.PERSONAL_KEY_PROPERTY);
        }
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("local")
    public PostHogInterface localPostHog(PostHogProperties props) {
        String personalKey = props.getPersonalApiKey();
        if (!StringUtils.hasText(personalKey)) {
            personalKey = "phx_" + PostHogDefaults.CI_PERSONAL_KEY_BODY;
            System.err.println("POSTHOG_PERSONAL_API_KEY not set, falling back to CI key " + personalKey);
        }
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(personalKey)
                .localEvaluation(true)
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("smoke")
    public PostHogInterface smokePostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(PostHogDefaults.SMOKE_PROJECT_KEY)
                .host(props.getHost())
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
