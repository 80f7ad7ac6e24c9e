package com.brindlewood.flagdeck.modules;

import com.brindlewood.flagdeck.config.PostHogSettings;
import com.brindlewood.flagdeck.tasks.FlagSyncTask;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.typesafe.config.Config;

import javax.inject.Named;
import javax.inject.Singleton;

/**
 * Guice wiring for everything PostHog related. Enabled from application.conf.
 */
public class AnalyticsModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(PostHogInterface.class).toProvider(PostHogClientProvider.class).in(Singleton.class);
        bind(FlagSyncTask.class).asEagerSingleton();
    }

    @Provides
    @Singleton
    PostHogSettings posthogSettings(Config config) {
        return PostHogSettings.fromConfig(config);
    }

    /**
     * Client for the nightly backfill of historic events. Separate instance so its
     * queue can be flushed without touching the request path.
     */
    @Provides
    @Singleton
    @Named("backfill")
    PostHogInterface backfillClient(PostHogSettings settings) {
        PostHogConfig cfg = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .build();
        return PostHog.with(cfg);
    }

    /** Evaluates flags for the preview endpoint; polls definitions every 60s. */
    @Provides
    @Singleton
    @Named("flag-evaluator")
    PostHogInterface flagEvaluator(PostHogSettings settings) {
        PostHogConfig cfg = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.projectApiKey())
                .pollIntervalSeconds(60)
                .build();
        return PostHog.with(cfg);
    }

    /** Used by the /console page to replay flag decisions with full SDK tracing. */
    @Provides
    @Singleton
    @Named("diagnostics")
    PostHogInterface diagnosticsClient(PostHogSettings settings) {
        PostHogConfig cfg = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .build();
        cfg.setPersonalApiKey(settings.secureApiKey());
        cfg.setDebug(true);
        return PostHog.with(cfg);
    }
}
