package com.acme.hub.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogConfiguration {

    private static final Logger log = LogManager.getLogger(PostHogConfiguration.class);

    @Bean(destroyMethod = "close")
    @Profile("!dev")
    public PostHogInterface postHog(PostHogProperties props) {
        log.info("PostHog configured: {}", props);

        PostHogConfig.Builder builder = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .pollIntervalSeconds(props.getPollIntervalSeconds());

        if (props.hasPersonalApiKey()) {
            String personalApiKey = props.getPersonalApiKey();
            log.info("Local flag evaluation enabled with personal key {}", personalApiKey.substring(0, 4) + "****");
            builder.personalApiKey(personalApiKey);
        } else {
            log.warn("Property {} is not set; feature flags will be evaluated remotely",
                    PostHogDefaults.PERSONAL_KEY_PROPERTY);
        }
        return PostHog.with(builder.build());
    }

    /**
     * Local development: same client, but with SDK debug output so we can watch
     * the flag poller and the event queue in the console.
     */
    @Bean(destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties props) {
        log.info("Local evaluation configured: {}", props.hasPersonalApiKey());
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
