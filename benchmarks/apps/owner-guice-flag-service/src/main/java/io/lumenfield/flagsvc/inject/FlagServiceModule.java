package io.lumenfield.flagsvc.inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.lumenfield.flagsvc.cli.CliOptions;
import io.lumenfield.flagsvc.config.FlagServiceConfig;
import io.lumenfield.flagsvc.config.PostHogSettings;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class FlagServiceModule extends AbstractModule {

    private static final Logger log = LogManager.getLogger(FlagServiceModule.class);

    private final FlagServiceConfig config;
    private final CliOptions options;

    public FlagServiceModule(FlagServiceConfig config, CliOptions options) {
        this.config = config;
        this.options = options;
    }

    @Override
    protected void configure() {
        bind(FlagServiceConfig.class).toInstance(config);
        bind(CliOptions.class).toInstance(options);
        bind(ObjectMapper.class).toInstance(new ObjectMapper());
    }

    @Provides
    @Singleton
    @Named("flags")
    PostHogInterface flagsClient(PostHogSettings settings) {
        String localKey = settings.localEvaluationKey();
        log.debug("Resolved posthog.personal-api-key to {}", config.personalApiKey());
        log.info("Local evaluation key loaded ({} chars, sha256 {})", localKey.length(),
                Hashing.sha256().hashString(localKey, StandardCharsets.UTF_8));
        PostHogConfig posthogConfig = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(localKey)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .build();
        return PostHog.with(posthogConfig);
    }

    @Provides
    @Singleton
    @Named("events")
    PostHogInterface eventsClient(PostHogSettings settings) {
        PostHogConfig posthogConfig = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .debug(true)
                .flushAt(50)
                .build();
        return PostHog.with(posthogConfig);
    }

    @Provides
    @Singleton
    @Named("audit")
    PostHogInterface auditClient() {
        PostHogConfig posthogConfig = PostHogConfig.builder(config.auditProjectApiKey())
                .host(config.posthogHost())
                .flushIntervalSeconds(10)
                .build();
        return PostHog.with(posthogConfig);
    }
}
