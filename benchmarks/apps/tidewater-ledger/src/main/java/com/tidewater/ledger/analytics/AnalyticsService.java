package com.tidewater.ledger.analytics;

import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import com.tidewater.ledger.config.AnalyticsSettings;
import com.tidewater.ledger.util.KeyMasker;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.util.HashMap;
import java.util.Map;

/**
 * Thin facade over the PostHog client for actions and listeners.
 */
public class AnalyticsService {

    private static final Logger LOG = LogManager.getLogger(AnalyticsService.class);

    private final PostHogInterface client;
    private final AnalyticsSettings settings;

    public AnalyticsService(PostHogInterface client, AnalyticsSettings settings) {
        this.client = client;
        this.settings = settings;
        CredentialKind apiKey = settings.hasPersonalKey() ? CredentialKind.PERSONAL_KEY : CredentialKind.PROJECT_KEY;
        LOG.info("Flag evaluation credential: {}", apiKey);
        LOG.info("Personal key fingerprint {}", KeyMasker.fingerprint(settings.getPersonalApiKey()));
    }

    public void invoiceExported(String userId, String invoiceId, int lineCount) {
        client.capture(userId, "invoice_exported", PostHogCaptureOptions.builder()
                .property("invoice_id", invoiceId)
                .property("line_count", lineCount)
                .build());
    }

    public void loggedIn(String userId, String tenant) {
        Map<String, Object> props = new HashMap<>();
        props.put("tenant", tenant);
        props.put("portal", "ledger");
        client.capture(userId, "user_logged_in", props);
    }

    public boolean isEnabled(String userId, String flag) {
        boolean enabled = client.isFeatureEnabled(userId, flag, false);
        LOG.debug("flag {} for {} -> {}", flag, userId, enabled);
        return enabled;
    }

    public AnalyticsSettings settings() {
        return settings;
    }

    public void shutdown() {
        client.flush();
        client.close();
    }
}
