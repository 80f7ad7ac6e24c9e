package com.northwind.digest.analytics;

import com.northwind.digest.config.PostHogKeys;
import com.northwind.digest.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class);

    @Produces
    @Singleton
    PostHogInterface postHog(PostHogSettings settings) {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .pollIntervalSeconds(60)
                .debug(false);

        String personalApiKey = settings.personalApiKey();
        if (personalApiKey == null || personalApiKey.isBlank()) {
            LOG.warnf("%s is not set; flags will be evaluated remotely", PostHogKeys.PERSONAL_KEY_PROPERTY);
        } else {
            builder.personalApiKey(personalApiKey).localEvaluation(true);
            LOG.infof("PostHog local evaluation enabled with key %s", KeyMasking.mask(personalApiKey));
            LOG.debugf("Personal key fingerprint sha256:%s", KeyMasking.sha256Hex(personalApiKey));
        }
        return PostHog.with(builder.build());
    }

    /**
     * Verbose client used by the dev profile to troubleshoot flag definitions locally.
     */
    @Produces
    @Singleton
    @Named("diagnostics")
    @IfBuildProfile("dev")
    PostHogInterface diagnosticsPostHog(PostHogSettings settings) {
        System.out.println("[posthog] diagnostics client, secure key = " + settings.flagsSecureKey());
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .localEvaluation(true)
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface postHog) {
        postHog.flush();
        postHog.close();
    }
}
