package io.acme.phconnect.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostHog server SDK clients.
 * <ul>
 *   <li>{@code featureFlags}: evaluates the connector's own rollout flags locally;</li>
 *   <li>{@code usageAnalytics}: captures connector usage events into our internal project.</li>
 * </ul>
 */
@Configuration
public class PostHogSdkConfig {

    @Bean(destroyMethod = "close")
    public PostHogInterface featureFlags(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(BuildDefaults.FLAG_POLL_SECONDS)
                .debug(BuildDefaults.SDK_VERBOSE)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    public PostHogInterface usageAnalytics(@Value("${posthog.personal-api-key}") String internalPersonalKey,
                                           @Value("${posthog.host}") String host) {
        PostHogConfig config = PostHogConfig.builder(internalPersonalKey)
                .host(host)
                .build();
        return PostHog.with(config);
    }
}
