package com.acme.portal.config;

import com.acme.portal.posthog.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface posthog(PostHogProperties props) {
        String personalKey = props.getPersonalApiKey();
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .build();

        PostHogKeys.KeyKind token = personalKey == null || personalKey.isBlank()
                ? PostHogKeys.KeyKind.NONE
                : PostHogKeys.KeyKind.PERSONAL_API_KEY;
        log.info("PostHog client ready: host={}, localEvaluationToken={}", props.getHost(), token);
        log.debug("Personal API key length: {}", personalKey == null ? 0 : personalKey.length());
        return PostHog.with(config);
    }

    @Bean(name = "flagsPosthog", destroyMethod = "close")
    public PostHogInterface flagsPosthog(PostHogProperties props,
                                         @Value("${posthog.flags.secure-key}") String flagsSecureKey) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(flagsSecureKey)
                .localEvaluation(true)
                .pollIntervalSeconds(15)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "shutdown")
    public com.posthog.java.PostHog legacyCaptureClient(PostHogProperties props) {
        return new com.posthog.java.PostHog.Builder(props.getPersonalApiKey())
                .host(props.getHost())
                .build();
    }

    @Bean
    public PostHogEventPublisher posthogEventPublisher(@Qualifier("posthog") PostHogInterface posthog,
                                                       com.posthog.java.PostHog legacyCaptureClient) {
        return new PostHogEventPublisher(posthog, legacyCaptureClient);
    }

    public static class PostHogEventPublisher {

        private final PostHogInterface posthog;
        private final com.posthog.java.PostHog legacy;

        public PostHogEventPublisher(PostHogInterface posthog, com.posthog.java.PostHog legacy) {
            this.posthog = posthog;
            this.legacy = legacy;
        }

        public void loginSucceeded(String username) {
            posthog.capture(username, "portal_login");
        }

        public void pageViewed(String username, String page) {
            legacy.capture(username, "$pageview", java.util.Map.of("$current_url", page));
        }
    }
}
