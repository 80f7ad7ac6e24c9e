package com.brightlane.flagdesk.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PostHogProducer {

    private static final Logger LOG = Logger.getLogger(PostHogProducer.class);

    // secure key of the shared "flagdesk-sandbox" project, so the dev stack works out of the box
    private static final String SANDBOX_SECURE_KEY = PostHogKeys.SECURE_PREFIX + "KdQz4bTcFTKPhskdBQJU57W2aVgF74aWCXE75eHgLrjYKz9U";

    private final PostHogSettings settings;

    public PostHogProducer(PostHogSettings settings) {
        this.settings = settings;
    }

    @Produces
    @Singleton
    @IfBuildProfile("prod")
    PostHogInterface posthog() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.featureFlagsSecureApiKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(false)
                .build();
        LOG.infof("PostHog client ready for project %d", settings.projectId());
        return PostHog.with(config);
    }

    @Produces
    @Singleton
    @UnlessBuildProfile("prod")
    PostHogInterface sandboxPosthog() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(SANDBOX_SECURE_KEY)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Audit trail of flag changes goes to the locked-down project. */
    @Produces
    @Singleton
    @Named("audit")
    PostHogInterface auditPosthog() {
        return PostHog.with(PostHogConfig.builder(settings.featureFlagsSecureApiKey())
                .host(settings.host())
                .build());
    }

    /** Used by the support console to evaluate flags of the public demo project. */
    @Produces
    @Singleton
    @Named("demo")
    PostHogInterface demoPosthog() {
        return PostHog.with(PostHogConfig.builder(PostHogKeys.DEMO_PROJECT_KEY)
                .host(settings.host())
                .personalApiKey(PostHogKeys.DEMO_PROJECT_KEY)
                .build());
    }

    void close(@Disposes PostHogInterface client) {
        client.close();
    }
}
