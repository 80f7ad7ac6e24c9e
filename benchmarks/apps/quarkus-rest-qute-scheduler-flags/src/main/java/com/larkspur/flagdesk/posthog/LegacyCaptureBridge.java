package com.larkspur.flagdesk.posthog;

import com.larkspur.flagdesk.config.PostHogSettings;
import com.posthog.java.PostHog;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Old posthog-java 1.x client, still used by the nightly backfill of flag audit events.
 * TODO(FLAG-198): move to posthog-server capture and delete.
 */
@ApplicationScoped
public class LegacyCaptureBridge {

    @Inject
    PostHogSettings settings;

    private PostHog legacy;

    @PostConstruct
    void init() {
        legacy = new PostHog.Builder(settings.personalApiKey())
                .host(settings.host())
                .build();
    }

    public void backfill(String distinctId, String event, Map<String, Object> properties) {
        legacy.capture(distinctId, event, properties);
    }

    @PreDestroy
    void shutdown() {
        if (legacy != null) {
            legacy.shutdown();
        }
    }
}
