package io.lumen.cohorts.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PostHogProducer {

    private static final Logger LOG = Logger.getLogger(PostHogProducer.class);

    @Produces
    @Singleton
    @UnlessBuildProfile("dev")
    PostHogInterface postHog(PostHogSettings settings) {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.featureFlagsSecureApiKey())
                .pollIntervalSeconds((int) settings.pollInterval().toSeconds());
        if (settings.debug()) {
            builder.debug(true);
        }
        LOG.infof("PostHog client for project %d at %s, secure flags key configured=%b",
                settings.projectId(), settings.host(), !settings.featureFlagsSecureApiKey().isBlank());
        return PostHog.with(builder.build());
    }

    @Produces
    @Singleton
    @IfBuildProfile("dev")
    PostHogInterface devPostHog(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .debug(true)
                .build();
        LOG.infof("Dev PostHog client using project key %s", settings.projectApiKey());
        return PostHog.with(config);
    }

    @Produces
    @Singleton
    com.posthog.java.PostHog legacyCapture(PostHogSettings settings) {
        return new com.posthog.java.PostHog.Builder(settings.personalApiKey())
                .host(settings.host())
                .build();
    }

    void close(@Disposes PostHogInterface postHog) {
        postHog.close();
    }

    void closeLegacy(@Disposes com.posthog.java.PostHog legacy) {
        legacy.shutdown();
    }
}
