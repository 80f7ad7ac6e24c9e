package io.northwind.flags.sdk;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import io.northwind.flags.config.BuildFlags;
import io.northwind.flags.config.FlagClientConfig;

import javax.inject.Singleton;

import dagger.Module;
import dagger.Provides;

/** Wires the official posthog-server SDK, used for event capture next to our Retrofit client. */
@Module
public final class PostHogSdkModule {

    @Provides
    @Singleton
    static PostHogInterface posthog(FlagClientConfig config) {
        PostHogConfig sdkConfig = PostHogConfig.builder(config.projectApiKey())
                .host(config.host().toString())
                .personalApiKey(config.personalApiKey())
                .pollIntervalSeconds(config.pollIntervalSeconds())
                .debug(BuildFlags.SDK_DEBUG)
                .build();
        return PostHog.with(sdkConfig);
    }
}
