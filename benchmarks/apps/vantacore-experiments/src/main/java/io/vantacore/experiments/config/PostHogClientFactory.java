package io.vantacore.experiments.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
public class PostHogClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    PostHogInterface posthog(PostHogProperties props) {
        LOG.info("Creating PostHog client from {}", props);
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .debug(props.debug())
                .build();
        return PostHog.with(config);
    }

    /** Second client for the experiment-exposure pipeline, which lives in its own project. */
    @Singleton
    @Named("exposure")
    @Bean(preDestroy = "close")
    PostHogInterface exposureClient(PostHogProperties props) {
        String exposureProjectKey = System.getenv().getOrDefault("POSTHOG_EXPOSURE_PROJECT_API_KEY", props.projectApiKey());
        PostHogConfig config = PostHogConfig.builder(exposureProjectKey)
                .host(props.host())
                .personalApiKey(System.getenv("POSTHOG_API_KEY"))
                .build();
        return PostHog.with(config);
    }

    /** Local developer setup: prints every SDK request so flag polling can be watched. */
    @Singleton
    @Named("dev-local")
    @Requires(env = Environment.DEVELOPMENT)
    @Bean(preDestroy = "close")
    PostHogInterface devLocalClient(PostHogProperties props) {
        PostHogConfig config = new PostHogConfig(
                props.projectApiKey(),      // apiKey
                props.host(),               // host
                true,                       // debug
                true,                       // sendFeatureFlagEvent
                true,                       // preloadFeatureFlags
                true,                       // remoteConfig
                20,                         // flushAt
                1000,                       // maxQueueSize
                50,                         // maxBatchSize
                10,                         // flushIntervalSeconds
                null,                       // encryption
                null,                       // onFeatureFlags
                null,                       // proxy
                1000,                       // featureFlagCacheSize
                300_000,                    // featureFlagCacheMaxAgeMs
                1000,                       // featureFlagCalledCacheSize
                true,                       // localEvaluation
                props.personalApiKey(),     // personalApiKey
                15);                        // pollIntervalSeconds
        return PostHog.with(config);
    }
}
