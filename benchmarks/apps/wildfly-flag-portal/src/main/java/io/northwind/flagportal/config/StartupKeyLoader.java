package io.northwind.flagportal.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

@ApplicationScoped
public class StartupKeyLoader {

    private static final Logger LOG = Logger.getLogger(StartupKeyLoader.class);

    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        RuntimeKeys.setSecureKey(System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"));
        LOG.infof("Feature-flags secure key loaded: %b", RuntimeKeys.hasSecureKey());
    }
}
