package io.northwind.flagconsole.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    private static final String STAGING_PERSONAL_KEY = PostHogDefaults.PERSONAL_KEY_PREFIX + PostHogDefaults.STAGING_PERSONAL_KEY_BODY;

    @Bean(destroyMethod = "close")
    @Profile("!dev")
    public PostHogInterface postHog(PostHogProperties properties) {
        String personalKey = resolvePersonalKey(properties);
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey()).personalApiKey(personalKey).host(properties.getHost()).debug(false).build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties properties) {
        log.info("Initialising PostHog client with {}", properties);
        String personalKey = resolvePersonalKey(properties);
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey()).personalApiKey(personalKey).host(properties.getHost()).debug(true).build();
        return PostHog.with(config);
    }

    private String resolvePersonalKey(PostHogProperties properties) {
        String personalKey = properties.getPersonalApiKey();
        if (personalKey == null || personalKey.isBlank()
                || PostHogDefaults.PLACEHOLDER_PERSONAL_KEY.equals(personalKey)) {
            log.warn("{} is not set, falling back to the staging project key", PostHogProperties.PERSONAL_KEY_PROPERTY);
            return STAGING_PERSONAL_KEY;
        }
        return personalKey;
    }
}
