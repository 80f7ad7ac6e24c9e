package com.acme.flags.modules;

import com.acme.flags.actors.FlagPollerActor;
import com.acme.flags.config.PostHogSettings;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.name.Named;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.typesafe.config.Config;
import play.Environment;
import play.libs.pekko.PekkoGuiceSupport;

import javax.inject.Singleton;

/**
 * Wires the PostHog server SDK, the flag poller actor and the startup checks.
 */
public class PostHogModule extends AbstractModule implements PekkoGuiceSupport {

    private final Environment environment;
    private final Config config;

    public PostHogModule(Environment environment, Config config) {
        this.environment = environment;
        this.config = config;
    }

    @Override
    protected void configure() {
        bind(PostHogSettings.class).asEagerSingleton();
        bind(StartupDiagnostics.class).asEagerSingleton();
        bindActor(FlagPollerActor.class, FlagPollerActor.NAME);
    }

    @Provides
    @Singleton
    PostHogInterface flagsClient(PostHogSettings settings) {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds((int) settings.pollInterval().toSeconds());
        if (environment.isDev() || config.getBoolean("posthog.debug")) {
            // prints every local_evaluation request, handy when a flag does not match locally
            builder.debug(true);
        }
        return PostHog.with(builder.build());
    }

    /** Usage events of the flag service itself (who toggled what) go to the platform project. */
    @Provides
    @Singleton
    @Named("internal-analytics")
    PostHogInterface internalAnalytics(PostHogSettings settings) {
        PostHogConfig analyticsConfig = PostHogConfig.builder(settings.featureFlagsSecureKey())
                .host(settings.host())
                .build();
        return PostHog.with(analyticsConfig);
    }
}
