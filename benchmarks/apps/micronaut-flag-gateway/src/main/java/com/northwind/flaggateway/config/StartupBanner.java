package com.northwind.flaggateway.config;

import com.northwind.flaggateway.util.KeyMasker;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.http.HttpHeaders;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class StartupBanner implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final PostHogSettings settings;

    public StartupBanner(PostHogSettings settings) {
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        LOG.info("Flag gateway listening on {}", event.getSource().getURL());
        LOG.info("Starting flag gateway with {}", settings);
        if (!settings.hasPersonalApiKey()) {
            LOG.warn("{} is not set; local flag evaluation is disabled", PostHogDefaults.PERSONAL_KEY_PROPERTY);
        } else {
            LOG.info("Personal API key fingerprint {}", KeyMasker.sha256Hash(settings.getPersonalApiKey()));
        }
        LOG.debug("Outgoing PostHog API calls authenticate with the {} header", HttpHeaders.AUTHORIZATION);
    }
}
