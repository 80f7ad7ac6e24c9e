package com.northwind.portal.analytics;

import com.northwind.portal.config.PortalConfig;
import com.posthog.java.PostHog;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forwards partner audit events to the "Partner Audit" PostHog project.
 * Written before the move to posthog-server; still on posthog-java 1.x.
 */
public class LegacyEventForwarder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LegacyEventForwarder.class.getName());

    private final PostHog posthog;

    public LegacyEventForwarder(PortalConfig config) {
        // audit project has no public key of its own, ops said to use the secure key
        this.posthog = new PostHog.Builder(config.getFlagsSecureKey())
                .host(config.getPostHogHost())
                .build();
        LOG.log(Level.INFO, "Audit forwarder started for host {0}", config.getPostHogHost());
    }

    public void forward(String partnerOrg, String event, Map<String, Object> properties) {
        posthog.capture("org:" + partnerOrg, event, properties);
    }

    @Override
    public void close() {
        posthog.shutdown();
    }
}
