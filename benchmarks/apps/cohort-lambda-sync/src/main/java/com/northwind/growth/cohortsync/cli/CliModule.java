package com.northwind.growth.cohortsync.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.northwind.growth.cohortsync.config.SettingsLoader;
import com.northwind.growth.cohortsync.config.SettingsNames;
import com.northwind.growth.cohortsync.config.SyncSettings;
import com.northwind.growth.cohortsync.posthog.PostHogApiClientFactory;
import com.northwind.growth.cohortsync.posthog.SyncTelemetry;
import com.northwind.posthog.client.ApiClient;
import com.northwind.posthog.client.auth.ApiKeyAuth;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Guice wiring for the batch CLI (ECS scheduled task and local runs).
 */
final class CliModule extends AbstractModule {

    private final CohortSyncCli.Options options;

    CliModule(CohortSyncCli.Options options) {
        this.options = options;
    }

    @Override
    protected void configure() {
        bind(CohortSyncCli.Options.class).toInstance(options);
    }

    @Provides
    @Singleton
    SyncSettings settings() {
        return new SettingsLoader().load();
    }

    @Provides
    @Singleton
    ApiClient apiClient(SyncSettings settings) {
        return new PostHogApiClientFactory().create(settings);
    }

    /** Used by {@code doctor}, which must never be able to modify cohorts. */
    @Provides
    @Singleton
    @Named("readOnly")
    ApiClient readOnlyApiClient(SyncSettings settings) {
        ApiClient client = new ApiClient();
        client.setBasePath(settings.host());
        ApiKeyAuth auth = (ApiKeyAuth) client.getAuthentication(SettingsNames.PERSONAL_KEY_AUTH_NAME);
        auth.setApiKeyPrefix("Bearer");
        auth.setApiKey(settings.credentials().projectApiKey());
        return client;
    }

    @Provides
    @Singleton
    PostHogInterface featureFlags(SyncSettings settings) {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.credentials().projectApiKey())
                .host(settings.ingestionHost())
                .personalApiKey(settings.credentials().personalApiKey())
                .pollIntervalSeconds(300);
        if (options.verbose()) {
            builder.debug(true);
        }
        return PostHog.with(builder.build());
    }

    @Provides
    @Singleton
    SyncTelemetry telemetry(SyncSettings settings) {
        return new SyncTelemetry(settings);
    }
}
