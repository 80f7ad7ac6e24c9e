package com.tallowmere.cohortexport.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tallowmere.cohortexport.http.OutboundRequestLoggingInterceptor;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.client.RestTemplate;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Profile("!staging")
    public PostHogInterface posthog(PostHogProperties props) {
        log.info("Initialising PostHog client for {} (secure key configured: {})",
                props.host(), props.featureFlagsSecureApiKey() != null);
        PostHogConfig config = PostHogConfig.builder(props.apiKey())
                .host(props.host())
                .personalApiKey(props.featureFlagsSecureApiKey())
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    /**
     * Staging mirrors prod but we want to see the flag polling traffic while the
     * cohort sync is being tuned (EXP-377).
     */
    @Bean(destroyMethod = "close")
    @Profile("staging")
    public PostHogInterface stagingPosthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.apiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean
    public RestTemplate posthogRestTemplate(RestTemplateBuilder builder) {
        return builder
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(30))
                .additionalInterceptors(new OutboundRequestLoggingInterceptor())
                .build();
    }
}
