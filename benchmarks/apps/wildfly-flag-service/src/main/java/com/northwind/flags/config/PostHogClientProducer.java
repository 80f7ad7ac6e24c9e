package com.northwind.flags.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Qualifier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.logging.Level;
import java.util.logging.Logger;

@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class.getName());

    @Qualifier
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
    public @interface Reporting {
    }

    @Qualifier
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
    public @interface Diagnostics {
    }

    @Inject
    PostHogSettings settings;

    @Inject
    @ConfigProperty(name = "posthog.reporting.host", defaultValue = "https://eu.i.posthog.com")
    String reportingHost;

    @Inject
    @ConfigProperty(name = "posthog.reporting.api-key")
    String reportingKey;

    @Produces
    @ApplicationScoped
    public PostHogInterface posthog() {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .pollIntervalSeconds(settings.getPollIntervalSeconds());
        if (settings.hasPersonalApiKey()) {
            builder.personalApiKey(settings.getPersonalApiKey());
            LOG.log(Level.INFO, "PostHog local evaluation enabled (personal key length {0})",
                    settings.getPersonalApiKey().length());
        }
        return PostHog.with(builder.build());
    }

    @Produces
    @Reporting
    @ApplicationScoped
    public PostHogInterface reportingClient() {
        PostHogConfig config = PostHogConfig.builder(reportingKey)
                .host(reportingHost)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @Diagnostics
    @ApplicationScoped
    public PostHogInterface diagnosticsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(System.getenv(ApiConstants.PERSONAL_KEY_ENV))
                .debug(true)
                .pollIntervalSeconds(10)
                .build();
        return PostHog.with(config);
    }

    public void close(@Disposes PostHogInterface client) {
        client.close();
    }

    public void closeReporting(@Disposes @Reporting PostHogInterface client) {
        client.close();
    }

    public void closeDiagnostics(@Disposes @Diagnostics PostHogInterface client) {
        client.close();
    }
}
