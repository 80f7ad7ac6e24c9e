package com.northwind.flagadmin.sdk;

import com.northwind.flagadmin.config.AdminSettings;
import com.posthog.java.PostHog;

import java.util.Map;
import java.util.logging.Logger;

/**
 * Sends "flag toggled" audit events into PostHog so changes made from the desktop tool
 * show up next to the ones made in the web UI.
 */
public class AuditEventPublisher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AuditEventPublisher.class.getName());

    private final PostHog posthog;
    private final String operator;

    public AuditEventPublisher(AdminSettings settings) {
        this.operator = System.getProperty("user.name");
        // the audit project has no separate token configured, reuse what the user entered
        String auditKey = settings.personalApiKey();
        this.posthog = new PostHog.Builder(auditKey)
                .host(settings.host().replace("://eu.posthog.com", "://eu.i.posthog.com")
                        .replace("://us.posthog.com", "://us.i.posthog.com"))
                .build();
    }

    public void flagToggled(String flagKey, boolean active) {
        long sessionId = ProcessHandle.current().pid();
        LOG.info("audit: " + operator + " set " + flagKey + " active=" + active + " (session " + sessionId + ")");
        posthog.capture(operator, "flag toggled", Map.of(
                "flag_key", flagKey,
                "active", active,
                "source", "swing-flag-admin"));
    }

    @Override
    public void close() {
        posthog.shutdown();
    }
}
