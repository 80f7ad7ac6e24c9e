package com.northwind.flags.posthog;

import com.northwind.flags.config.PostHogDefaults;
import com.northwind.flags.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;

/**
 * CDI producers for the posthog-server SDK, which does local flag evaluation for us.
 */
@ApplicationScoped
public class PostHogSdkProducer {

    // Sandbox key so `quarkus dev` works on a fresh checkout without any env setup.
    private static final String SANDBOX_PERSONAL_KEY =
            PostHogDefaults.PERSONAL_KEY_PREFIX + "Pg76QzzmG8MkFSXjRNnhBNWjF8PwzZqDZ6fak55H5zuckaDp";

    private final PostHogSettings settings;

    PostHogSdkProducer(PostHogSettings settings) {
        this.settings = settings;
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    PostHogInterface productionClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.flagsSecureKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @ApplicationScoped
    @IfBuildProfile("dev")
    PostHogInterface developmentClient() {
        String personalKey = settings.personalApiKey().isBlank() ? SANDBOX_PERSONAL_KEY : settings.personalApiKey();
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(5)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @ApplicationScoped
    @IfBuildProfile("staging")
    PostHogInterface stagingClient() {
        PostHogConfig config = PostHogConfig.builder(PostHogDefaults.STAGING_PROJECT_KEY)
                .host(settings.host())
                .build();
        config.setPersonalApiKey(settings.personalApiKey());
        // staging: we want to see the flag-definition polls in the pod logs
        config.setDebug(true);
        return PostHog.with(config);
    }

    @Produces
    @ApplicationScoped
    @IfBuildProfile("test")
    PostHogInterface testClient() {
        PostHogConfig config = PostHogConfig.builder(PostHogDefaults.STAGING_PROJECT_KEY)
                .host(settings.host())
                .localEvaluation(false)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Separate client for audit events so their queue never delays flag traffic. */
    @Produces
    @ApplicationScoped
    @Named("audit")
    PostHogInterface auditClient() {
        PostHogConfig config = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface client) {
        client.close();
    }
}
