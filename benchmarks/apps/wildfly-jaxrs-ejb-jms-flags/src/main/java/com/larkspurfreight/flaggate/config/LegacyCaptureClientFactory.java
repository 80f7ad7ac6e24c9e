package com.larkspurfreight.flaggate.config;

import com.posthog.java.PostHog;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds the legacy posthog-java 1.x client still used by the capture relay.
 * TODO(FG-311): move to posthog-server and drop this class.
 */
@ApplicationScoped
public class LegacyCaptureClientFactory {

    @Inject
    AdminApiCredentials credentials;

    @Inject
    PostHogSettings settings;

    private PostHog client;

    public synchronized PostHog client() {
        if (client == null) {
            client = new PostHog.Builder(credentials.personalApiKey())
                    .host(settings.host())
                    .build();
        }
        return client;
    }

    @PreDestroy
    void shutdown() {
        if (client != null) {
            client.shutdown();
        }
    }
}
