package com.northwind.ledgersync.config;

import com.northwind.ledgersync.client.PartnerTokenProvider;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reacts to {@code /actuator/refresh} and Spring Cloud Bus pushes from the config server.
 */
@Component
public class ConfigRefreshListener {

    private static final Logger log = LoggerFactory.getLogger(ConfigRefreshListener.class);

    private static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    private static final String PARTNER_SECRET_PROPERTY = "partner.client-secret";

    private final Environment environment;
    private final PartnerTokenProvider partnerTokenProvider;

    public ConfigRefreshListener(Environment environment, PartnerTokenProvider partnerTokenProvider) {
        this.environment = environment;
        this.partnerTokenProvider = partnerTokenProvider;
    }

    @EventListener
    public void onEnvironmentChange(EnvironmentChangeEvent event) {
        Set<String> keys = event.getKeys();
        log.info("Config server pushed {} changed properties", keys.size());

        if (keys.contains(PERSONAL_KEY_PROPERTY)) {
            log.info("Property {} rotated; PostHog client is rebuilt on next access", PERSONAL_KEY_PROPERTY);
        }

        if (keys.contains(PARTNER_SECRET_PROPERTY)) {
            String clientSecret = environment.getProperty(PARTNER_SECRET_PROPERTY);
            log.warn("Partner client secret rotated to {}, dropping cached partner tokens", clientSecret);
            partnerTokenProvider.invalidate();
        }
    }
}
