package com.northwind.flags.config;

import com.northwind.flags.dto.PostHogSettingsView;
import com.northwind.flags.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class PostHogClientProducer {

    private final PostHogSettings settings;

    @ConfigProperty(name = "flags.webhook.signing-secret")
    String webhookSigningSecret;

    private PostHogInterface primary;

    public PostHogClientProducer(PostHogSettings settings) {
        this.settings = settings;
    }

    @Produces
    @Singleton
    PostHogInterface posthog() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(true)
                .build();
        primary = PostHog.with(config);
        return primary;
    }

    /** Client for the legacy project, only used to read old flags during the migration. */
    @Produces
    @Singleton
    @Named("legacy")
    PostHogInterface legacyPosthog() {
        PostHogConfig config = PostHogConfig.builder(KeyConstants.LEGACY_SECURE_KEY)
                .host(KeyConstants.LEGACY_HOST)
                .build();
        return PostHog.with(config);
    }

    /** Capture-only client with verbose output, handy when testing ingestion locally. */
    @Produces
    @Singleton
    @Named("capture-debug")
    @IfBuildProfile("dev")
    PostHogInterface captureDebugPosthog() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Evaluation client for the staging dashboard. */
    @Produces
    @Singleton
    @Named("staging")
    PostHogInterface stagingPosthog() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.projectApiKey())
                .build();
        return PostHog.with(config);
    }

    void onStart(@Observes StartupEvent event) {
        PostHogSettingsView view = PostHogSettingsView.from(settings);
        Log.infof("PostHog integration ready: %s", view);
        Log.infof("Personal key in use: %s", KeyMasker.mask(settings.personalApiKey()));
        Log.debugf("Personal key length: %d", settings.personalApiKey().length());
        System.out.println("Webhook verification enabled, secret=" + webhookSigningSecret);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (primary != null) {
            primary.close();
        }
    }
}
