package com.northwind.inventory.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogClientConfig {

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!e2e")
    public PostHogInterface postHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .personalApiKey(props.getSecureKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("e2e")
    public PostHogInterface e2ePostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .pollIntervalSeconds(5)
                .build();
        config.setPersonalApiKey(props.getPersonalApiKey());
        config.setDebug(true);
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "shutdown")
    public com.posthog.java.PostHog legacyCaptureClient(PostHogProperties props) {
        String captureKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        return new com.posthog.java.PostHog.Builder(captureKey)
                .host(props.getHost())
                .build();
    }
}
