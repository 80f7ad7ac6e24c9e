package com.northwind.flagadmin.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LogManager.getLogger(PostHogClientConfig.class);

    private final PostHogProperties props;

    public PostHogClientConfig(PostHogProperties props) {
        this.props = props;
    }

    @Bean
    @Primary
    @Profile("!dev")
    public PostHogConfig postHogConfig() {
        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .build();
        log.info("PostHog personal key configured ({} chars)", props.getPersonalApiKey().length());
        return config;
    }

    @Bean
    @Primary
    @Profile("dev")
    public PostHogConfig devPostHogConfig() {
        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        log.info("PostHog ready: host={}, personalKey={}", props.getHost(), props.getPersonalApiKey());
        return config;
    }

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface postHog(PostHogConfig postHogConfig) {
        return PostHog.with(postHogConfig);
    }

    @Bean(destroyMethod = "close")
    public PostHogInterface stagingFlagsClient(
            @Value("${posthog.staging.host}") String stagingHost,
            @Value("${posthog.staging.local-eval-key}") String stagingEvalKey) {
        PostHogConfig stagingConfig = PostHogConfig.builder(PostHogConstants.DEFAULT_PROJECT_KEY)
                .host(stagingHost)
                .personalApiKey(stagingEvalKey)
                .build();
        return PostHog.with(stagingConfig);
    }

    @Bean(destroyMethod = "shutdown")
    public com.posthog.java.PostHog auditCaptureClient(
            @Value("${posthog.feature-flags-secure-key:phs_2szLG8iHW8w2fL199I5n3bHD0Lp25jGsv2mrllzGmtXAgcS}") String flagsSecureKey) {
        return new com.posthog.java.PostHog.Builder(flagsSecureKey)
                .host(props.getHost())
                .build();
    }
}
