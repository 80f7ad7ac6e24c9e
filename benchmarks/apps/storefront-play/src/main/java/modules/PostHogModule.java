package modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.posthog.server.PostHogInterface;
import com.typesafe.config.Config;
import javax.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import services.PostHogProvider;
import services.PostHogSettings;

/**
 * Guice bindings for the PostHog integration.
 */
public class PostHogModule extends AbstractModule {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogModule.class);

    @Override
    protected void configure() {
        bind(PostHogInterface.class).toProvider(PostHogProvider.class).asEagerSingleton();
    }

    @Provides
    @Singleton
    PostHogSettings posthogSettings(Config config) {
        PostHogSettings settings = PostHogSettings.fromConfig(config);
        LOG.info("PostHog project key {} on {} (personal key configured: {})", settings.projectApiKey(), settings.host(), settings.hasPersonalApiKey());
        LOG.debug("PostHog settings: {}", settings);
        return settings;
    }
}
