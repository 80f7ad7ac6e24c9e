package com.northwind.cohorts.config;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.northwind.cohorts.cohort.CohortService;
import com.northwind.cohorts.posthog.AdminApiFactory;
import com.northwind.cohorts.posthog.FeatureFlagService;
import com.northwind.cohorts.posthog.PostHogAdminApi;
import com.northwind.cohorts.util.KeyMasker;
import com.northwind.cohorts.web.AuthHandler;
import com.northwind.cohorts.web.BootstrapMapper;
import com.northwind.cohorts.web.JsonErrorHandler;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ratpack.config.ConfigData;
import ratpack.error.ServerErrorHandler;

public class AppModule extends AbstractModule {

    private static final Logger log = LoggerFactory.getLogger(AppModule.class);

    private final Path configFile;

    public AppModule() {
        this(Paths.get(System.getProperty("cohorts.config", "application.yml")));
    }

    public AppModule(Path configFile) {
        this.configFile = configFile;
    }

    @Override
    protected void configure() {
        bind(FeatureFlagService.class).in(Singleton.class);
        bind(CohortService.class).in(Singleton.class);
        bind(BootstrapMapper.class).in(Singleton.class);
        bind(AuthHandler.class).in(Singleton.class);
        bind(ServerErrorHandler.class).to(JsonErrorHandler.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    ConfigData configData() {
        return ConfigData.of(c -> c
                .yaml(configFile)
                .env("COHORTS_")
                .sysProps("cohorts.")
                .build());
    }

    @Provides
    @Singleton
    @Named("environment")
    String environment(ConfigData configData) {
        return configData.get("/environment", String.class);
    }

    @Provides
    @Singleton
    PostHogSettings postHogSettings(ConfigData configData) {
        PostHogSettings settings = configData.get("/posthog", PostHogSettings.class);
        if (settings.getPersonalApiKey() == null || settings.getPersonalApiKey().startsWith("${")) {
            String fromEnv = System.getenv(PostHogSettings.PERSONAL_KEY_ENV);
            if (fromEnv != null) {
                settings.setPersonalApiKey(fromEnv);
            } else {
                log.warn("{} is not set, using the bootstrap key", PostHogSettings.PERSONAL_KEY_PROPERTY);
                settings.setPersonalApiKey(BootstrapDefaults.FALLBACK_PERSONAL_KEY);
            }
        }
        if (settings.getOauthAccessToken() == null) {
            settings.setOauthAccessToken(System.getenv("POSTHOG_OAUTH_ACCESS_TOKEN"));
        }
        return settings;
    }

    @Provides
    @Singleton
    DatabaseSettings databaseSettings(ConfigData configData) {
        return configData.get("/database", DatabaseSettings.class);
    }

    @Provides
    @Singleton
    @Named("flags")
    PostHogInterface flagsClient(PostHogSettings settings, @Named("environment") String environment) {
        String personalKey = settings.getPersonalApiKey();
        log.info("Local flag evaluation with personal key {}", KeyMasker.mask(personalKey));
        log.debug("personal key present={} length={}", personalKey != null, personalKey == null ? 0 : personalKey.length());

        PostHogConfig.Builder builder = PostHogConfig.builder(settings.getApiKey())
                .host(settings.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(settings.getPollIntervalSeconds());
        if (!"production".equalsIgnoreCase(environment)) {
            builder.debug(true);
        }
        return PostHog.with(builder.build());
    }

    @Provides
    @Singleton
    @Named("capture")
    PostHogInterface captureClient(PostHogSettings settings) {
        // capture-only client for the batch exporter, no local evaluation needed
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        return PostHog.with(config);
    }

    @Provides
    @Singleton
    PostHogAdminApi postHogAdminApi(PostHogSettings settings) {
        return AdminApiFactory.create(settings.getAdminHost(), settings.getPersonalApiKey());
    }
}
