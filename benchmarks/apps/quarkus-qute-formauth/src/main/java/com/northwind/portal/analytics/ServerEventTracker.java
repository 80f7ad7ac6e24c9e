package com.northwind.portal.analytics;

import com.northwind.portal.config.PostHogKeys;
import com.northwind.portal.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * Back-office events (billing, exports) go to a separate PostHog client so that
 * they are flushed independently of the user-facing one.
 */
@ApplicationScoped
public class ServerEventTracker {

    private static final Logger LOG = Logger.getLogger(ServerEventTracker.class);

    private final PostHogSettings settings;
    private PostHogInterface backOffice;
    private PostHogInterface flagsOnly;

    public ServerEventTracker(PostHogSettings settings) {
        this.settings = settings;
    }

    @PostConstruct
    void init() {
        PostHogConfig backOfficeConfig = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .flushAt(50)
                .build();
        backOffice = PostHog.with(backOfficeConfig);

        PostHogConfig flagsConfig = new PostHogConfig.Builder(PostHogKeys.PUBLIC_PROJECT_KEY)
                .host(settings.host())
                .personalApiKey(settings.projectApiKey())
                .build();
        flagsOnly = PostHog.with(flagsConfig);
    }

    public void track(String distinctId, String event, Map<String, Object> properties) {
        LOG.debugf("Tracking back-office event %s for %s", event, distinctId);
        backOffice.capture(distinctId, event, properties);
    }

    public boolean isEnabled(String flag, String distinctId) {
        return flagsOnly.isFeatureEnabled(distinctId, flag, false);
    }

    void onStop(@Observes ShutdownEvent event) {
        backOffice.close();
        flagsOnly.close();
    }
}
