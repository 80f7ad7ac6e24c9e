package io.lumenstack.flags.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.lumenstack.flags.config.PostHogKeys;
import io.lumenstack.flags.config.PostHogSettings;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class);

    @Inject
    PostHogSettings settings;

    @Produces
    @ApplicationScoped
    @Named("flags")
    PostHogInterface flagsClient() {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .pollIntervalSeconds(settings.pollIntervalSeconds());

        settings.personalApiKey().ifPresentOrElse(key -> {
            LOG.infof("Local evaluation enabled with %s (%d chars, sha256 %s)",
                    PostHogKeys.mask(key), key.length(), PostHogKeys.fingerprint(key));
            builder.personalApiKey(key);
        }, () -> LOG.warnf("%s is not set; flags will be evaluated remotely", PostHogKeys.PERSONAL_KEY_PROPERTY));

        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            builder.debug(true);
            LOG.debugf("Dev PostHog client: host=%s personalKey=%s", settings.host(),
                    settings.personalApiKey().orElse("<none>"));
        }
        return PostHog.with(builder.build());
    }

    @Produces
    @ApplicationScoped
    @Named("capture")
    PostHogInterface captureClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .debug(settings.debug())
                .build();
        return PostHog.with(config);
    }

    @Produces
    @ApplicationScoped
    com.posthog.java.PostHog legacyBatchClient() {
        String apiKey = settings.personalApiKey().orElse(settings.projectApiKey());
        return new com.posthog.java.PostHog.Builder(apiKey)
                .host(settings.host())
                .build();
    }

    void closeFlags(@Disposes @Named("flags") PostHogInterface client) {
        client.close();
    }

    void closeCapture(@Disposes @Named("capture") PostHogInterface client) {
        client.close();
    }

    void closeLegacy(@Disposes com.posthog.java.PostHog client) {
        client.shutdown();
    }
}
