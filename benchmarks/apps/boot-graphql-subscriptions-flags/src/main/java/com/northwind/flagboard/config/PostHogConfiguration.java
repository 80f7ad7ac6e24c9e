package com.northwind.flagboard.config;

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

@Configuration(proxyBeanMethods = false)
public class PostHogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PostHogConfiguration.class);

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!local & !loadtest")
    PostHogInterface postHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.featureFlagsSecretKey())
                .localEvaluation(true)
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(false)
                .build();
        log.info("PostHog client initialised with {}", props);
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("local")
    PostHogInterface localPostHog(PostHogProperties props) {
        String personalKey = props.personalApiKey();
        if (PostHogKeys.PERSONAL_KEY_PLACEHOLDER.equals(personalKey)) {
            throw new IllegalStateException("Replace " + PostHogKeys.PERSONAL_KEY_PLACEHOLDER
                    + " in your .env with a real value for " + PostHogKeys.PERSONAL_KEY_PROPERTY);
        }
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("loadtest")
    PostHogInterface loadTestPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.LOADTEST_PROJECT_KEY)
                .host(props.host())
                .personalApiKey(PostHogKeys.LOADTEST_PROJECT_KEY)
                .flushAt(500)
                .build();
        return PostHog.with(config);
    }

    /**
     * Separate client for audit events so they can be flushed independently of product analytics.
     */
    @Bean(destroyMethod = "close")
    @Qualifier("audit")
    PostHogInterface auditPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.featureFlagsSecretKey())
                .host(props.host())
                .flushAt(1)
                .build();
        return PostHog.with(config);
    }
}
