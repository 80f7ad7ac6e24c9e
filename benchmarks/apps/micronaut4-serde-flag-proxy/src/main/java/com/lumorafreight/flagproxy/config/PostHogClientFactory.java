package com.lumorafreight.flagproxy.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
public class PostHogClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

    // Sandbox secure key so local runs can evaluate flags without extra setup.
    private static final String SANDBOX_SECURE_KEY = "phs_h4KZ22FhdJaRDoQk8zypze4iQD5dvD6NTqJ85RQH9vbk6ytE";

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(notEnv = "staging")
    public PostHogInterface postHog(PostHogProperties props) {
        String localEvalKey = props.getPersonalApiKey() != null
                ? props.getPersonalApiKey()
                : SANDBOX_SECURE_KEY;

        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(localEvalKey)
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                // TODO(flags-team): remove once the poller flakiness is understood
                .debug(true)
                .build();

        LOG.info("PostHog client ready, host={}, localEvaluation={}",
                props.getHost(), localEvalKey != null);
        return PostHog.with(config);
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(env = "staging")
    public PostHogInterface stagingPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getProjectApiKey())
                .debug(props.isDebug())
                .build();
        return PostHog.with(config);
    }

    @Named("diagnostics")
    @Singleton
    @Bean(preDestroy = "close")
    public PostHogInterface diagnosticsPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .build();
        config.setPersonalApiKey(props.getSecureApiKey());
        config.setDebug(true);
        return PostHog.with(config);
    }
}
