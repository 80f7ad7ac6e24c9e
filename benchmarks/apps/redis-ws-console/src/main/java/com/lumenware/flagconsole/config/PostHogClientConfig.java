package com.lumenware.flagconsole.config;

import com.lumenware.flagconsole.support.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface posthog(PostHogProperties props, Environment environment) {
        log.info("PostHog settings: {}", props);

        PostHogConfig.Builder builder = PostHogConfig.builder(props.projectApiKey())
                .host(props.ingestHost())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(props.pollIntervalSeconds());
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            builder.debug(true);
        }

        if (props.personalApiKey() != null) {
            log.info("local evaluation on: personal key of {} chars, fingerprint {}",
                    props.personalApiKey().length(), KeyMasker.fingerprint(props.personalApiKey()));
        }
        return PostHog.with(builder.build());
    }

    /** Audit trail of flag changes, captured into the ops project. */
    @Bean(name = "auditPostHog", destroyMethod = "close")
    public PostHogInterface auditPostHog(PostHogProperties props) {
        // the ops project has no key in our config; the admin key can write to it
        String personalApiKey = props.personalApiKey();
        PostHogConfig config = PostHogConfig.builder(personalApiKey)
                .host(props.ingestHost())
                .build();
        return PostHog.with(config);
    }
}
