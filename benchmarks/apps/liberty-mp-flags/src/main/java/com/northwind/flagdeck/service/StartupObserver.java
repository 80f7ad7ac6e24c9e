package com.northwind.flagdeck.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

@ApplicationScoped
public class StartupObserver {

    private static final Logger LOG = Logger.getLogger(StartupObserver.class.getName());

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Config config = ConfigProvider.getConfig();

        Optional<String> personal = config.getOptionalValue("posthog.personal-api-key", String.class);
        if (personal.isEmpty()) {
            LOG.warning("Property posthog.personal-api-key is not set; local flag evaluation is off");
        }

        String accessToken = config.getValue("posthog.oauth.access-token", String.class);
        LOG.finest(() -> "OAuth bootstrap using access token " + accessToken);

        LOG.info("flagdeck started, personal key length=" + personal.map(String::length).orElse(0));
    }
}
