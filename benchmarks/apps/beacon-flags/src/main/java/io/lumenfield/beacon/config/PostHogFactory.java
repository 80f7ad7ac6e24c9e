package io.lumenfield.beacon.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
public class PostHogFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogFactory.class);

    @Value("${posthog.project-api-key}")
    protected String projectKey;

    @Primary
    @Singleton
    @Requires(notEnv = Environment.DEVELOPMENT)
    @Bean(preDestroy = "close")
    PostHogInterface postHog(PostHogSettings settings) {
        LOG.info("Configuring PostHog client: {}", settings);
        String personalKey = settings.getPersonalApiKey();
        LOG.info("Key scope {} (personal key length {})", settings.getApiKeyScope(), personalKey == null ? 0 : personalKey.length());
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .debug(settings.isDebug())
                .build();
        return PostHog.with(config);
    }

    @Primary
    @Singleton
    @Requires(env = Environment.DEVELOPMENT)
    @Bean(preDestroy = "close")
    PostHogInterface devPostHog(PostHogSettings settings) {
        // print every SDK request while we work on the flag poller
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Singleton
    @Named("flags-only")
    @Bean(preDestroy = "close")
    PostHogInterface flagsOnlyPostHog(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(projectKey)
                .host(settings.getHost())
                .personalApiKey(projectKey)
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }
}
