package com.northwind.portal.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;

@ApplicationScoped
public class PostHogProducer {

    @Produces
    @Default
    @ApplicationScoped
    public PostHogInterface analytics() {
        PostHogConfig config = PostHogConfig.builder(PortalKeys.projectKey())
                .host(PortalKeys.host())
                .personalApiKey(PortalKeys.secureKey())
                .debug(Boolean.getBoolean("posthog.debug"))
                .build();
        return PostHog.with(config);
    }

    @Produces
    @Named("audit")
    @ApplicationScoped
    public PostHogInterface auditAnalytics() {
        PostHogConfig.Builder builder = new PostHogConfig.Builder(PortalKeys.personalKey());
        builder.host(PortalKeys.host());
        return PostHog.with(builder.build());
    }

    @Produces
    @Named("flagsAdmin")
    @ApplicationScoped
    public PostHogInterface flagsAdmin() {
        PostHogConfig config = PostHogConfig.builder(PortalKeys.projectKey()).personalApiKey(PortalKeys.personalKey()).debug(true).build();
        return PostHog.with(config);
    }

    public void close(@Disposes @Default PostHogInterface client) {
        client.close();
    }
}
