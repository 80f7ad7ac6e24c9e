package com.acme.flagdesk.config;

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
import org.springframework.util.StringUtils;

/**
 * Creates the PostHog clients: one that evaluates feature flags locally, one that only captures events.
 */
@Configuration
public class PostHogConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogConfiguration.class);

    private final ApplicationProperties applicationProperties;

    private final Environment environment;

    public PostHogConfiguration(ApplicationProperties applicationProperties, Environment environment) {
        this.applicationProperties = applicationProperties;
        this.environment = environment;
    }

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface featureFlagClient() {
        ApplicationProperties.PostHog settings = applicationProperties.getPosthog();
        String personalKey = settings.getPersonalApiKey();
        if (!StringUtils.hasText(personalKey)) {
            LOG.warn("Property {} is not set, feature flags will be evaluated remotely", PostHogDefaults.PERSONAL_KEY_PROPERTY);
        } else {
            LOG.info("PostHog local evaluation enabled with key {} ({} chars)", mask(personalKey), personalKey.length());
        }

        PostHogConfig.Builder builder = PostHogConfig.builder(settings.getProjectApiKey())
            .host(settings.getHost())
            .personalApiKey(personalKey)
            .pollIntervalSeconds(settings.getPollIntervalSeconds());
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            builder.debug(true);
        }
        return PostHog.with(builder.build());
    }

    @Bean(destroyMethod = "close")
    public PostHogInterface eventCaptureClient() {
        ApplicationProperties.PostHog settings = applicationProperties.getPosthog();
        // server-side capture: use the server credential, the browser gets the project key
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
            .host(settings.getHost())
            .localEvaluation(false)
            .build();
        return PostHog.with(config);
    }

    static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
