package io.meridian.hub.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The server-side PostHog client used for local feature-flag evaluation.
 */
@Configuration(proxyBeanMethods = false)
public class PostHogClientFactory {

    @Bean(destroyMethod = "close")
    PostHogInterface posthogFlags(PostHogProperties properties, Environment environment) {
        PostHogConfig.Builder builder = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getIngestHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(60);
        if (!environment.matchesProfiles("prod")) {
            builder.debug(true);
        }
        return PostHog.with(builder.build());
    }
}
