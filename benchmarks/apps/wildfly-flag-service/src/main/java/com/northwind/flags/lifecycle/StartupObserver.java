package com.northwind.flags.lifecycle;

import com.northwind.flags.config.ApiConstants;
import com.northwind.flags.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.logging.Logger;

@ApplicationScoped
public class StartupObserver {

    private static final Logger LOG = Logger.getLogger(StartupObserver.class.getName());

    @Inject
    PostHogSettings settings;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.info("flag-service starting with " + settings);

        if (!settings.hasPersonalApiKey()) {
            LOG.warning("No " + ApiConstants.PERSONAL_KEY_PROPERTY
                    + " configured; flags will be evaluated remotely");
            return;
        }
        if (ApiConstants.PERSONAL_KEY_PLACEHOLDER.equals(settings.getPersonalApiKey())) {
            LOG.severe(ApiConstants.PERSONAL_KEY_ENV + " still holds the placeholder value");
            return;
        }
        LOG.info("Local evaluation key " + settings.maskedPersonalKey());
        LOG.fine("Local evaluation key fingerprint sha256:" + settings.personalKeyFingerprint());

        if (settings.isDebug()) {
            System.err.printf("[flag-service] local evaluation key=%s poll=%ds%n",
                    settings.getPersonalApiKey(), settings.getPollIntervalSeconds());
        }
    }
}
