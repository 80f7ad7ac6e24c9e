package com.northwind.rollout.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogClientConfiguration {

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!staging")
    public PostHogInterface posthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.flagsSecureKey())
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    /**
     * Staging talks to a separate PostHog project and we want to see every flag poll
     * in the pod log while rollouts are being rehearsed.
     */
    @Bean(destroyMethod = "close")
    @Primary
    @Profile("staging")
    public PostHogInterface stagingPosthog(PostHogProperties props) {
        PostHogConfig.Builder builder = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(props.pollIntervalSeconds());
        builder.debug(true);
        return PostHog.with(builder.build());
    }

    /**
     * Separate client that only captures rollout audit events ("flag_rollout_applied").
     */
    @Bean(name = "auditPosthog", destroyMethod = "close")
    public PostHogInterface auditPosthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.flagsSecureKey())
                .host(props.host())
                .build();
        return PostHog.with(config);
    }
}
