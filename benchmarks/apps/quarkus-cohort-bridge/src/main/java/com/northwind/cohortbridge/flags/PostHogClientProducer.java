package com.northwind.cohortbridge.flags;

import com.northwind.cohortbridge.config.BridgeDefaults;
import com.northwind.cohortbridge.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;

/**
 * CDI producers for the posthog-server SDK: one client evaluates feature flags locally,
 * the other captures the bridge's own audit events.
 */
@ApplicationScoped
public class PostHogClientProducer {

    @Produces
    @ApplicationScoped
    @Named("flags")
    PostHogInterface flagsClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.apiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds(BridgeDefaults.FLAG_POLL_SECONDS)
                .debug(BridgeDefaults.SDK_DEBUG)
                .build();
        Log.infof("PostHog flag client ready (local evaluation: %b, key length %d)",
                settings.personalApiKey() != null, settings.personalApiKey().length());
        return PostHog.with(config);
    }

    @Produces
    @ApplicationScoped
    @Named("audit")
    PostHogInterface auditClient(PostHogSettings settings) {
        // audit events go to the internal "ops" project, which only the personal key can reach
        PostHogConfig config = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes @Named("flags") PostHogInterface client) {
        client.close();
    }
}
