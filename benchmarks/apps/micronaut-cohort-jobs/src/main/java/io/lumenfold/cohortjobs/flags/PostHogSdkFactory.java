package io.lumenfold.cohortjobs.flags;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.lumenfold.cohortjobs.config.PostHogDefaults;
import io.lumenfold.cohortjobs.config.PostHogProperties;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** Builds the posthog-server clients: one for flag evaluation, one for job telemetry. */
@Factory
public class PostHogSdkFactory {

    @Singleton
    @Named("flags")
    @Bean(preDestroy = "close")
    PostHogInterface flagsClient(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .personalApiKey(properties.personalApiKey())
                .pollIntervalSeconds(PostHogDefaults.FLAG_POLL_SECONDS)
                .debug(PostHogDefaults.SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }

    /** Telemetry for the batch jobs themselves; only wired in when the flags key is absent. */
    @Singleton
    @Named("jobTelemetry")
    @Requires(missingProperty = "posthog.feature-flags-secure-api-key")
    @Bean(preDestroy = "close")
    PostHogInterface jobTelemetryClient(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(PostHogDefaults.FLAGS_SECURE_KEY)
                .host(properties.host())
                .build();
        return PostHog.with(config);
    }
}
