package com.brindlewood.tenantportal.analytics;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.brindlewood.tenantportal.config.PostHogSettings;
import com.posthog.server.PostHogInterface;

/** Thin wrapper so servlets don't talk to the SDK directly. */
public class AnalyticsService {

    private static final Logger LOG = LogManager.getLogger(AnalyticsService.class);

    private final PostHogInterface posthog;
    private final PostHogSettings settings;

    public AnalyticsService(PostHogInterface posthog, PostHogSettings settings) {
        this.posthog = posthog;
        this.settings = settings;
    }

    public void trackLogin(String distinctId, String tenantSlug) {
        posthog.capture(distinctId, "tenant_login", Map.of("tenant", tenantSlug, "channel", "web"));
    }

    public void trackPasswordResetRequested(String distinctId) {
        posthog.capture(distinctId, "password_reset_requested", Map.of());
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        Boolean enabled = posthog.isFeatureEnabled(distinctId, flagKey, false);
        return Boolean.TRUE.equals(enabled);
    }

    public Object flagValue(String flagKey, String distinctId) {
        return posthog.getFeatureFlag(distinctId, flagKey);
    }

    /**
     * Direct ingestion used by the month-end import when the SDK queue is saturated.
     * Bypasses the batching in the SDK.
     */
    public void captureDirect(String distinctId, String event) throws IOException {
        String body = "{\"api_key\":\"" + settings.getPersonalApiKey() + "\","
                + "\"event\":\"" + event + "\","
                + "\"distinct_id\":\"" + distinctId + "\"}";
        HttpURLConnection conn = (HttpURLConnection) URI.create(settings.getHost() + "/i/v0/e/").toURL().openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = conn.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        int status = conn.getResponseCode();
        if (status >= 300) {
            LOG.warn("Direct capture of {} for {} returned HTTP {}", event, distinctId, status);
        }
    }

    public void shutdown() {
        posthog.close();
    }
}
