package io.lumen.flags.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.lumen.flags.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PostHogProducer {

    private static final Logger LOG = Logger.getLogger(PostHogProducer.class);

    @Inject
    PostHogSettings settings;

    @Produces
    @Singleton
    PostHogInterface postHog() {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.apiKey()).host(settings.host());
        settings.personalApiKey().ifPresent(builder::personalApiKey);
        builder.debug(settings.debug());
        LOG.infof("PostHog client for %s (local evaluation: %b)", settings.host(), settings.personalApiKey().isPresent());
        return PostHog.with(builder.build());
    }

    /** Client behind /internal/flags/replay; verbose so replays can be compared with PostHog's answer. */
    @Produces
    @Singleton
    @Named("replay")
    PostHogInterface replayClient() {
        PostHogConfig config = PostHogConfig.builder(settings.apiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey().orElseThrow())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Server-side capture bridge for the webhook relay (legacy SDK). */
    @Produces
    @Singleton
    com.posthog.java.PostHog captureBridge() {
        String secretKey = ConfigProvider.getConfig().getValue("posthog.secret-key", String.class);
        return new com.posthog.java.PostHog.Builder(secretKey).host(settings.host()).build();
    }
}
