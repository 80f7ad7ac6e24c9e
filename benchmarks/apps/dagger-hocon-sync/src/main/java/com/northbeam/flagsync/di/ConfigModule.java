package com.northbeam.flagsync.di;

import com.northbeam.flagsync.config.PostHogKeys;
import com.northbeam.flagsync.config.PostHogSettings;
import com.northbeam.flagsync.config.WarehouseSettings;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dagger.Module;
import dagger.Provides;
import javax.inject.Named;
import javax.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Module
public final class ConfigModule {

    private static final Logger log = LoggerFactory.getLogger(ConfigModule.class);

    private ConfigModule() {
    }

    @Provides
    @Singleton
    static Config config() {
        Config config = ConfigFactory.load();
        log.info("configuration loaded from {}", config.origin().description());
        return config;
    }

    @Provides
    @Singleton
    @Named("environment")
    static String environment(Config config) {
        return config.getString("flagsync.environment");
    }

    @Provides
    @Singleton
    static PostHogSettings postHogSettings(Config config) {
        Config ph = config.getConfig("posthog");
        String personalKey = ph.getString("personal-api-key");
        String secureKey = ph.getString("secure-flags-key");
        if (personalKey.isBlank() && secureKey.isBlank()) {
            log.warn("neither {} nor {} is set; flags will be evaluated remotely", PostHogKeys.PERSONAL_KEY_PROPERTY, PostHogKeys.SECURE_KEY_PROPERTY);
        }
        return new PostHogSettings(
                ph.getString("host"),
                ph.getString("ui-host"),
                ph.getLong("project-id"),
                ph.getString("project-key"),
                personalKey,
                secureKey,
                ph.getInt("poll-interval-seconds"),
                ph.getStringList("watched-flags"));
    }

    @Provides
    @Singleton
    static WarehouseSettings warehouseSettings(Config config) {
        Config wh = config.getConfig("warehouse");
        return new WarehouseSettings(
                wh.getString("url"),
                wh.getString("username"),
                wh.getString("password"),
                wh.getString("api-token"),
                wh.getInt("batch-size"));
    }
}
