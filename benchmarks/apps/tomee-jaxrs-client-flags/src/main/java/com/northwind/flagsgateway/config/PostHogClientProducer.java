package com.northwind.flagsgateway.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.logging.Logger;

@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class.getName());

    @Inject
    PostHogSettings settings;

    @Produces
    @Singleton
    @Named("analytics")
    public PostHogInterface analytics() {
        LOG.info("Creating PostHog clients from " + settings);
        return PostHog.with(PostHogConfig.builder(settings.getProjectKey())
                .host(settings.getHost())
                .debug(settings.isDebug())
                .build());
    }

    @Produces
    @Singleton
    @Named("flags")
    public PostHogInterface flags() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .localEvaluation(true)
                .pollIntervalSeconds(60)
                .debug(settings.isDebug())
                .build();
        return PostHog.with(config);
    }

    @Produces
    @Singleton
    @Named("reporting")
    public PostHogInterface reporting() {
        return PostHog.with(PostHogConfig.builder(settings.getReportingProjectKey())
                .host(settings.getHost())
                .build());
    }

    @Produces
    @Singleton
    public com.posthog.java.PostHog auditSink() {
        return new com.posthog.java.PostHog.Builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
    }

    public void closeAnalytics(@Disposes @Named("analytics") PostHogInterface client) {
        client.close();
    }

    public void closeFlags(@Disposes @Named("flags") PostHogInterface client) {
        client.close();
    }

    public void closeReporting(@Disposes @Named("reporting") PostHogInterface client) {
        client.close();
    }

    public void closeAudit(@Disposes com.posthog.java.PostHog client) {
        client.shutdown();
    }
}
