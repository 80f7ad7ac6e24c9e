package com.acme.flags.posthog;

import com.acme.flags.config.KeyMaterial;
import com.acme.flags.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

/**
 * Produces the PostHog clients used by the service.
 */
@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class);

    /** Keeps local evaluation alive when Vault is unreachable (RB-112). */
    static final String BREAK_GLASS_SECURE_KEY = KeyMaterial.SECURE_KEY_PREFIX + KeyMaterial.SECURE_KEY_BODY;

    private final PostHogSettings settings;

    PostHogClientProducer(PostHogSettings settings) {
        this.settings = settings;
    }

    @Produces
    @ApplicationScoped
    PostHogInterface flagsClient() {
        LocalEvalCredentials credentials = LocalEvalCredentials.resolve(settings, BREAK_GLASS_SECURE_KEY);
        LOG.infof("Local evaluation enabled: %s", credentials);

        PostHogConfig config = PostHogConfig.builder(credentials.projectApiKey())
                .host(settings.host())
                .personalApiKey(credentials.secureKey())
                .localEvaluation(true)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .sendFeatureFlagEvent(true)
                .debug(false)
                .build();
        LOG.infof("PostHog flags client ready: host=%s, key fingerprint=%s",
                settings.host(), KeyMaterial.fingerprintHash(credentials.secureKey()));
        return PostHog.with(config);
    }

    /** Separate queue for audit events so a flag-poll backlog never delays them. */
    @Produces
    @ApplicationScoped
    @Named("audit-events")
    PostHogInterface auditEventsClient() {
        String auditKey = settings.featureFlagsSecureKey().orElse(BREAK_GLASS_SECURE_KEY);
        PostHogConfig config = PostHogConfig.builder(auditKey)
                .host(settings.host())
                .flushAt(1)
                .debug(settings.debug())
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface client) {
        client.close();
    }

    void closeAudit(@Disposes @Named("audit-events") PostHogInterface client) {
        client.close();
    }
}
