package com.larkspurfreight.flaggate.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Credentials for PostHog's private admin API (flag definitions, cohorts).
 * Falls back to the shared "flaggate-ops" key when the environment has none.
 */
@ApplicationScoped
public class AdminApiCredentials {

    private static final Logger LOG = Logger.getLogger(AdminApiCredentials.class);

    // the shared ops key as shown in PostHog's key list
    public static final String OPS_KEY_HINT = "phx_...US8h";

    private static final String OPS_KEY = "phx_" + "sytKaVpQ7uCuURrZnkyx" + "du792z95VrmHpK6ctPQ72UjSUS8h";

    @Inject
    PostHogSettings settings;

    private String personalApiKey;

    @PostConstruct
    void init() {
        String configured = settings.personalApiKey();
        if (configured == null || configured.isBlank() || configured.startsWith("${")) {
            personalApiKey = OPS_KEY;
            LOG.infof("No personal API key configured, using shared ops key %s", OPS_KEY_HINT);
        } else {
            personalApiKey = configured;
        }
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String bearerHeaderValue() {
        return "Bearer " + personalApiKey;
    }
}
