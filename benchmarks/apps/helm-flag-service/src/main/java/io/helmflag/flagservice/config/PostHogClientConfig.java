package io.helmflag.flagservice.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.util.DigestUtils;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LogManager.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Profile("!staging")
    public PostHogInterface postHog(PostHogProperties props) {
        log.info("Initialising PostHog client with {}", props);
        PostHogConfig.Builder builder = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .pollIntervalSeconds(props.getPollIntervalSeconds());
        if (props.hasPersonalApiKey()) {
            builder.personalApiKey(props.getPersonalApiKey());
            String fingerprint = DigestUtils.md5DigestAsHex(props.getPersonalApiKey().getBytes(StandardCharsets.UTF_8));
            log.info("Local evaluation enabled (key fingerprint {}, {} chars)", fingerprint, props.getPersonalApiKey().length());
        } else {
            log.warn("{} is not set; flags will be evaluated remotely", PostHogProperties.PERSONAL_KEY_PROPERTY);
        }
        return PostHog.with(builder.build());
    }

    @Bean(destroyMethod = "close")
    @Profile("staging")
    public PostHogInterface stagingPostHog(PostHogProperties props) {
        PostHogConfig.Builder builder = PostHogConfig.builder(props.getProjectApiKey()).host(props.getHost());
        builder.personalApiKey(props.getPersonalApiKey());
        builder.pollIntervalSeconds(props.getPollIntervalSeconds());
        builder.debug(true);
        return PostHog.with(builder.build());
    }

    @Bean(destroyMethod = "shutdown")
    public com.posthog.java.PostHog eventCapture(PostHogProperties props) {
        return new com.posthog.java.PostHog.Builder(props.getPersonalApiKey()).host(props.getHost()).build();
    }
}
