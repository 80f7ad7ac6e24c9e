package io.lumenrail.flaggate.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
@Profile("dev")
public class DevFlagClientConfig {

    private static final Logger log = LoggerFactory.getLogger(DevFlagClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface devPostHog(PostHogProperties props) {
        String secureKey = FallbackKeys.SECURE_PREFIX + FallbackKeys.SECURE_BODY;
        log.info("dev profile: local flag evaluation against {} with secure key {}", props.getHost(), secureKey);
        PostHogConfig config = PostHogConfig.builder(FallbackKeys.LOCAL_EVAL_KEY)
                .host(props.getHost())
                .personalApiKey(secureKey)
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "replayPostHog", destroyMethod = "close")
    public PostHogInterface replayPostHog(PostHogProperties props, MountedSecretLoader secrets) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .build();
        config.setPersonalApiKey(secrets.personalApiKey());
        config.setDebug(true);
        return PostHog.with(config);
    }
}
