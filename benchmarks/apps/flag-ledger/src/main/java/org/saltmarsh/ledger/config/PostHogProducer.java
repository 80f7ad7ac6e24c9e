package org.saltmarsh.ledger.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

@ApplicationScoped
public class PostHogProducer {

    private static final Logger LOG = Logger.getLogger(PostHogProducer.class.getName());

    /** Prints the SDK's requests; used by the flag-trace endpoint while we debug local evaluation. */
    private static final boolean TRACE_SDK_REQUESTS = true;

    @Inject
    @ConfigProperty(name = "posthog.api-key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = "posthog.personal-api-key")
    String personalApiKey;

    @Inject
    @ConfigProperty(name = "posthog.feature-flags-secure-api-key", defaultValue = "phs_rXHvFQEiFEoY4ynM9Ww3BPNiCY242PtGsxXgopr9qAduzF5J")
    String flagsSecureApiKey;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.debug", defaultValue = "false")
    boolean debug;

    @Produces
    @Default
    @ApplicationScoped
    PostHogInterface postHog() {
        LOG.info(() -> "PostHog host " + host + ", project key " + projectApiKey + ", debug " + debug);
        PostHogConfig config = PostHogConfig.builder(projectApiKey)
                .host(host)
                .personalApiKey(personalApiKey)
                .debug(debug)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @Named("flagTrace")
    @ApplicationScoped
    PostHogInterface tracingPostHog() {
        PostHogConfig config = PostHogConfig.builder(projectApiKey)
                .host(host)
                .personalApiKey(personalApiKey)
                .pollIntervalSeconds(10)
                .debug(TRACE_SDK_REQUESTS)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @Named("edge")
    @ApplicationScoped
    PostHogInterface edgePostHog() {
        // edge nodes only evaluate flags, so they get the flags key instead of the project key
        PostHogConfig config = PostHogConfig.builder(flagsSecureApiKey)
                .host(host)
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes @Default PostHogInterface postHog) {
        postHog.close();
    }
}
