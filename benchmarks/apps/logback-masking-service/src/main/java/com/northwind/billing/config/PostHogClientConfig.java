package com.northwind.billing.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogClientConfig {

    @Bean(destroyMethod = "close")
    @Profile("!dev")
    public PostHogInterface postHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.apiKey())
                .host(props.host())
                .personalApiKey(props.featureFlagsSecureKey())
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.apiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Separate client used only by the nightly export job so its events land in the
     * billing-web project.
     */
    @Bean(destroyMethod = "close")
    @Qualifier("exportPostHog")
    public PostHogInterface exportPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.personalApiKey())
                .host(props.host())
                .build();
        return PostHog.with(config);
    }

    /** Flag evaluation for the marketing site, always with the public project. */
    @Bean(destroyMethod = "close")
    @Qualifier("webPostHog")
    public PostHogInterface webPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(PostHogDefaults.PUBLIC_PROJECT_KEY)
                .host(PostHogDefaults.US_HOST)
                .personalApiKey(PostHogDefaults.PUBLIC_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }
}
