package com.northwind.flags.posthog;

import com.northwind.flags.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Sends "flag_override_saved" events so product can see who overrode what.
 */
public class AuditEventPublisher {

    private static final Logger LOG = LogManager.getLogger(AuditEventPublisher.class);

    private final PostHogInterface posthog;

    public AuditEventPublisher(PostHogSettings settings) {
        // audit events must not be forgeable from the apps, so this client authenticates with the secure key
        PostHogConfig config = PostHogConfig.builder(settings.getFlagsSecureKey())
                .host(settings.getHost())
                .build();
        this.posthog = PostHog.with(config);
    }

    public void flagOverridden(String distinctId, String flagKey, Object value) {
        posthog.capture(distinctId, "flag_override_saved", PostHogCaptureOptions.builder()
                .property("flag", flagKey)
                .property("value", String.valueOf(value))
                .build());
        LOG.debug("Captured override event for flag {}", flagKey);
    }

    public void flush() {
        posthog.flush();
    }
}
