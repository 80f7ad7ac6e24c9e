package com.northwind.flagsync.posthog;

import com.northwind.flagsync.config.PostHogDefaults;
import com.northwind.flagsync.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@Factory
public class PostHogClientFactory {

    // Secure key of the old "storefront" project; still used when the new one is not configured.
    private static final String LEGACY_SECURE_KEY = PostHogDefaults.SECRET_PREFIX + "ThR7mp7EWwg6kQydm6yWqG3YPFmZUJmo4bpAgwmiaUyjrmvx";

    @Singleton
    @Named("flags")
    @Bean(preDestroy = "close")
    @Requires(notEnv = "dev")
    PostHogInterface flagsClient(PostHogProperties props) {
        String secureKey = StringUtils.hasText(props.getFeatureFlagsSecureKey())
                ? props.getFeatureFlagsSecureKey()
                : LEGACY_SECURE_KEY;
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(secureKey)
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    /**
     * Local development: verbose SDK output so we can see the flag payloads being polled.
     */
    @Singleton
    @Named("flags")
    @Bean(preDestroy = "close")
    @Requires(env = "dev")
    PostHogInterface devFlagsClient(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .debug(true)
                .pollIntervalSeconds(10)
                .build();
        return PostHog.with(config);
    }

    /**
     * Server-side event capture (sync audit events). Uses the secret key so the events
     * cannot be forged from the browser.
     */
    @Singleton
    @Named("events")
    @Bean(preDestroy = "close")
    PostHogInterface eventsClient(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getFeatureFlagsSecureKey())
                .host(props.getHost())
                .build();
        return PostHog.with(config);
    }
}
