package com.acme.flags.config;

import com.acme.flags.util.KeyMasker;
import com.acme.flags.web.ConnectionInfo;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class);

    private final PostHogSettings settings;

    @ConfigProperty(name = "quarkus.oidc.credentials.secret")
    String oidcClientSecret;

    public PostHogClientProducer(PostHogSettings settings) {
        this.settings = settings;
    }

    /** Client used for server-side flag evaluation. */
    @Produces
    @Singleton
    @Named("evaluation")
    PostHogInterface evaluationClient() {
        String personalKey = settings.personalApiKey().orElse(null);
        PostHogConfig config = PostHogConfig.builder(settings.apiKey())
                .host(settings.host())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(30)
                .debug(true) // TODO(FLAGS-212): drop once local evaluation is stable
                .build();
        return PostHog.with(config);
    }

    /** Capture-only client; it never carries the personal key. */
    @Produces
    @Singleton
    @Named("capture")
    PostHogInterface captureClient() {
        PostHogConfig config = PostHogConfig.builder(settings.apiKey())
                .host(settings.host())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Client used by the nightly flag audit; it must never print headers. */
    @Produces
    @Singleton
    @Named("audit")
    PostHogInterface auditClient() {
        PostHogConfig config = PostHogConfig.builder(settings.apiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey().orElseThrow())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    void onStart(@Observes StartupEvent event) {
        ConnectionInfo info = new ConnectionInfo(settings.host(), settings.projectId(),
                settings.apiKey(), settings.personalApiKey().orElse(""));
        LOG.infof("PostHog connection ready: %s", info);
        LOG.infof("PostHog personal key: %s", KeyMasker.mask(settings.personalApiKey().orElse(null)));
        LOG.debugf("OIDC client configured with secret %s", oidcClientSecret);
    }
}
