package io.lumenrail.flaggate.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @RefreshScope
    @Profile("!staging & !dev")
    public PostHogInterface postHog(PostHogProperties props) {
        String personalKey = props.getPersonalApiKey();
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(false)
                .build();
        log.info("PostHog client ready for project {} (local evaluation: {}, key length: {})",
                props.getProjectId(), personalKey != null, personalKey == null ? 0 : personalKey.length());
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @RefreshScope
    @Profile("staging")
    public PostHogInterface stagingPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
