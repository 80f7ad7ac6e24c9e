package com.northwind.flagrpc.config;

import com.northwind.flagrpc.support.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.Objects;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LogManager.getLogger(PostHogClientConfig.class);

    private static final String LOCAL_EVAL_FALLBACK = PostHogKeys.PERSONAL_PREFIX + PostHogKeys.PERSONAL_BODY;

    private final PostHogProperties properties;
    private final Environment environment;

    public PostHogClientConfig(PostHogProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Bean(destroyMethod = "close")
    public PostHogInterface flagsPostHog() {
        log.info("PostHog settings loaded: {}", properties);
        String personalKey = Objects.requireNonNullElse(properties.getPersonalApiKey(), LOCAL_EVAL_FALLBACK);
        log.info("local evaluation key fingerprint {}", KeyMasker.sha256Hex(personalKey));

        PostHogConfig.Builder builder = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(properties.getPollIntervalSeconds());
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            builder.debug(true);
        }
        return PostHog.with(builder.build());
    }

    @Bean(destroyMethod = "close")
    public PostHogInterface auditPostHog() {
        PostHogConfig config = PostHogConfig.builder(properties.getFeatureFlagsSecureApiKey())
                .host(properties.getHost())
                .build();
        return PostHog.with(config);
    }
}
