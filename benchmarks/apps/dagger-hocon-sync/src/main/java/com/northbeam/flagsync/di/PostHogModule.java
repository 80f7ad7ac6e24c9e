package com.northbeam.flagsync.di;

import com.northbeam.flagsync.config.PostHogKeys;
import com.northbeam.flagsync.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.typesafe.config.Config;
import dagger.Module;
import dagger.Provides;
import javax.inject.Named;
import javax.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Module
public final class PostHogModule {

    private static final Logger log = LoggerFactory.getLogger(PostHogModule.class);

    private PostHogModule() {
    }

    @Provides
    @Singleton
    static PostHogInterface postHog(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectKey())
                .host(settings.host())
                .personalApiKey(settings.secureFlagsKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .build();
        log.info("PostHog flags client for {} uses secure key {}", settings.host(), PostHogKeys.mask(settings.secureFlagsKey()));
        log.atDebug()
                .setMessage("posthog client configured")
                .addKeyValue("projectKey", settings.projectKey())
                .addKeyValue("flagsKey", settings.secureFlagsKey())
                .addKeyValue("pollSeconds", settings.pollIntervalSeconds())
                .log();
        return PostHog.with(config);
    }

    @Provides
    @Singleton
    @Named("shadow")
    static PostHogInterface shadowPostHog(PostHogSettings settings, Config config) {
        PostHogConfig shadow = PostHogConfig.builder(settings.projectKey())
                .host(settings.host())
                .pollIntervalSeconds(settings.pollIntervalSeconds() * 2)
                .build();
        if (config.getBoolean("posthog.shadow.enabled")) {
            shadow.setPersonalApiKey(settings.personalApiKey());
            shadow.setDebug(config.getBoolean("posthog.shadow.debug"));
        }
        return PostHog.with(shadow);
    }

    @Provides
    @Singleton
    static com.posthog.java.PostHog captureClient(PostHogSettings settings, Config config) {
        return new com.posthog.java.PostHog.Builder(config.getString("posthog.legacy.capture-key"))
                .host(settings.host())
                .build();
    }
}
