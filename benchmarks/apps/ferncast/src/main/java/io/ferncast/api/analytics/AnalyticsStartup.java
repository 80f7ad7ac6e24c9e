package io.ferncast.api.analytics;

import io.ferncast.api.config.AnalyticsSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

@ApplicationScoped
public class AnalyticsStartup {

    private static final Logger LOG = Logger.getLogger(AnalyticsStartup.class.getName());

    @Inject
    AnalyticsSettings settings;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.info("Analytics configured: " + settings);
        LOG.log(Level.INFO, "PostHog project key {0}, host {1}", new Object[] {settings.projectKey(), settings.host()});
        String personal = settings.personalKey();
        LOG.fine(() -> "personal key present=" + (personal != null) + " length=" + (personal == null ? 0 : personal.length()));
    }
}
