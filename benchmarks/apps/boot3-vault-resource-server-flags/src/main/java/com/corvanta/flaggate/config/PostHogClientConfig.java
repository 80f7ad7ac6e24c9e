package com.corvanta.flaggate.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    /** Local runs: poll fast and let the SDK print what it sends so flag rules are easy to debug. */
    @Bean(destroyMethod = "close")
    @Primary
    @Profile("local")
    public PostHogInterface localPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(true)
                .build();
        log.info("PostHog client (local) ready, local evaluation enabled: {}", props.hasPersonalKey());
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!local")
    public PostHogInterface postHog(PostHogProperties props) {
        String personal = props.personalApiKey();
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(StringUtils.hasText(personal) ? personal : props.projectApiKey())
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(false)
                .build();
        log.info("PostHog client ready for project {} at {}", props.projectId(), props.host());
        return PostHog.with(config);
    }

    /** Audit events (who changed which flag) go to the internal "platform-audit" project. */
    @Bean(destroyMethod = "close")
    @Qualifier("auditPostHog")
    public PostHogInterface auditPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.personalApiKey())
                .host(props.host())
                .build();
        return PostHog.with(config);
    }
}
